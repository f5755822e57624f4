package org.supervision.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed values for a form field of a given kind, each as the JSON that Camunda's REST
 * API takes for one variable ({@code {"value": ..., "type": ...}}), or {@link #OMIT} for a
 * required field left out. Every value here is wrong for its kind, so a submission carrying
 * one must be refused; valid but unusual text (right-to-left script, emoji) is sprinkled
 * into the other fields by {@link #unicodeText}.
 */
final class MalformedValues {

    /** The field is left out of the submission. */
    static final String OMIT = "<omit>";

    enum Kind { TEXT, OPTIONAL_TEXT, WHOLE_NUMBER, DATE_AHEAD, DATE_BEHIND, TIME, CHOICE, OPTIONAL_YES_NO, AMOUNT,
        ACTIONS, OPTIONAL_STAFF_ID }

    private static final List<String> ANY_KIND = List.of(
            "null",
            "\"a bare string\"",
            "42",
            "[]",
            "{\"value\": {\"nested\": 1}}",
            "{\"value\": [1, 2, 3]}",
            "{\"value\": \"rO0ABXQAA2FiYw==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\","
                    + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
            "{\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\","
                    + " \"serializationDataFormat\": \"application/json\"}}",
            "{\"value\": 1, \"type\": \"Nonsense\"}",
            "{\"value\": \"{\\\"a\\\": 1}\", \"type\": \"Json\"}",
            "{\"value\": \"not a date\", \"type\": \"Date\"}",
            "{\"value\": \"twelve\", \"type\": \"Integer\"}",
            "{\"value\": \"maybe\", \"type\": \"Boolean\"}",
            "{\"value\": 99999999999999, \"type\": \"Integer\"}");

    private static final List<String> NOT_TEXT = List.of(
            "{\"value\": 42, \"type\": \"Integer\"}", "{\"value\": 42}", "{\"value\": true}", "{\"value\": false, \"type\": \"Boolean\"}",
            "{\"value\": 1.5, \"type\": \"Double\"}", "{\"value\": \"2026-12-01T10:00:00.000+0000\", \"type\": \"Date\"}",
            "{\"value\": 7, \"type\": \"Long\"}");

    private static final List<String> BAD_TEXT = List.of("\u0000", "a\u0000b", "bell\u0007", "escape \u001b[31m red",
            "\ud800 broken", "broken \udc00", "form feed \f", "\u007f delete", "vertical tab \u000b", "line\rno newline");

    private static final List<String> BLANK = List.of("", "   ", "\t\n ", OMIT, "{\"value\": null}",
            "{\"value\": null, \"type\": \"Null\"}", "{\"type\": \"String\"}");

    private static final List<String> BAD_DATES = List.of("9999-12-31", "0000-01-01", "2026-02-30", "2026-13-01", "2026-00-10",
            "31/12/2026", "12/31/2026", "yesterday", "+99999-01-01", "1900-01-01", "2026-12-1", "20261231", "1 December 2026",
            "2026-12-01x");

    private static final List<String> BAD_NUMBERS = List.of("abc", "1.5", "-1", "0", "1e309", "NaN", "Infinity", "12 days",
            "99999999999999999999", "0x10", "9999");

    private static final List<String> RTL_AND_EMOJI = List.of("שלום, זה טקסט בעברית", "مرحبا بالعالم",
            "Zoë’s visit 👩‍⚕️📋 went well", "\u202eevil override\u202c text", "Ｆｕｌｌｗｉｄｔｈ",
            "combining é̃ marks", "𝓜𝓪𝓽𝓱 letters", "日本語のテキスト");

    private MalformedValues() {
    }

    /** A wrong value for a field of this kind. {@code choices}: the allowed options of a choice. */
    static String malformed(Kind kind, Random random, List<String> choices) {
        List<String> candidates = new ArrayList<>(ANY_KIND);
        candidates.add(string("x".repeat(4001 + random.nextInt(3))));
        candidates.add(string("y".repeat(100_000)));
        switch (kind) {
            case TEXT, OPTIONAL_TEXT -> {
                candidates.addAll(NOT_TEXT);
                BAD_TEXT.forEach(text -> candidates.add(string(text)));
                candidates.add(string(" ".repeat(10) + "z".repeat(4001)));
                if (kind == Kind.TEXT) {
                    candidates.addAll(blanks());
                }
            }
            case WHOLE_NUMBER -> {
                BAD_NUMBERS.forEach(number -> candidates.add(string(number)));
                candidates.addAll(List.of("{\"value\": 1.5, \"type\": \"Double\"}", "{\"value\": -3}", "{\"value\": 0}",
                        "{\"value\": 100000, \"type\": \"Long\"}", "{\"value\": true}", "{\"value\": \"\"}", OMIT,
                        "{\"value\": null}"));
            }
            case DATE_AHEAD, DATE_BEHIND -> {
                BAD_DATES.forEach(date -> candidates.add(string(date)));
                candidates.add(string(kind == Kind.DATE_AHEAD ? "2026-11-01" : "2026-12-15"));
                candidates.addAll(List.of("{\"value\": 20261231}", "{\"value\": true}",
                        "{\"value\": \"9999-12-31T00:00:00.000+0000\", \"type\": \"Date\"}",
                        "{\"value\": \"1970-01-01T00:00:00.000+0000\", \"type\": \"Date\"}"));
                candidates.addAll(blanks());
            }
            case TIME -> {
                for (String time : List.of("25:00", "10:61", "ten o'clock", "1000", "10:00:00:00", "\u0000", "-1:00", "10.30")) {
                    candidates.add(string(time));
                }
                candidates.addAll(NOT_TEXT);
                candidates.addAll(blanks());
            }
            case CHOICE -> {
                candidates.add(string(choices.get(0).toLowerCase()));
                candidates.add(string("MAYBE"));
                candidates.add(string(choices.get(0) + "\u0000"));
                candidates.add(string(choices.get(0) + "_NOT"));
                candidates.add(string("Z".repeat(5000)));
                candidates.addAll(NOT_TEXT);
                candidates.addAll(blanks());
            }
            case OPTIONAL_YES_NO -> {
                for (String answer : List.of("yes", "no", "maybe", "1", "ja", "\u0000")) {
                    candidates.add(string(answer));
                }
                candidates.addAll(List.of("{\"value\": 2}", "{\"value\": 0.5, \"type\": \"Double\"}"));
            }
            case AMOUNT -> {
                for (String amount : List.of("-5", "abc", "1e400", "12.345", "NaN", "Infinity", "100001", "£20", "1,000")) {
                    candidates.add(string(amount));
                }
                candidates.addAll(List.of("{\"value\": -1}", "{\"value\": 1.005, \"type\": \"Double\"}", "{\"value\": true}",
                        "{\"value\": 200000, \"type\": \"Long\"}"));
                candidates.addAll(blanks());
            }
            case ACTIONS -> {
                for (String actions : List.of("just a sentence without parts", "Read | fzrec | next week",
                        "Read | fzrec | 9999-12-31", "Read | fzrec | 2020-01-01", "Read | | 2026-12-31", " | fzrec | 2026-12-31",
                        "Read | fzrec | 2026-12-31 | extra", "Read | fzrec | 2026-02-30\u0000")) {
                    candidates.add(string(actions));
                }
                candidates.addAll(NOT_TEXT);
            }
            case OPTIONAL_STAFF_ID -> {
                for (String id : List.of("nobody-here", "x".repeat(65), "z".repeat(3000), "fz\u0000book", "' or '1'='1",
                        "../../etc/passwd")) {
                    candidates.add(string(id));
                }
                candidates.addAll(NOT_TEXT);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static List<String> blanks() {
        return BLANK.stream().map(blank -> blank.startsWith("{") || blank.equals(OMIT) ? blank : string(blank)).toList();
    }

    /** Valid text that is unusual: right-to-left scripts, emoji, combining marks. */
    static String unicodeText(Random random) {
        return RTL_AND_EMOJI.get(random.nextInt(RTL_AND_EMOJI.size()));
    }

    static String string(String text) {
        return "{\"value\": " + json(text) + ", \"type\": \"String\"}";
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
