package org.supervision.staff;

import org.supervision.shared.FormInput;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV file with a header line into rows and collects every problem instead of
 * stopping at the first, so that a user can fix a whole file in one go. Rows that come from
 * elsewhere (the entries of an LDAP directory, {@link LdapStaffMapping}) are made with
 * {@link #of} and go through the same checks; {@link #place} names a row in messages.
 */
final class CsvRows {

    // empty or repeated names in the header are reported below, by name, rather than thrown by the parser
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
    /** Excel's "CSV UTF-8" starts the file with a byte-order mark, which is not part of the first column's name. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    final List<Row> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    private final LongFunction<String> placeName;

    private CsvRows(LongFunction<String> placeName) {
        this.placeName = placeName;
    }

    /** Rows given as column values (blank or absent: no value), numbered from 1 and named by {@code placeName}. */
    static CsvRows of(List<Map<String, String>> values, LongFunction<String> placeName) {
        CsvRows result = new CsvRows(placeName);
        for (int i = 0; i < values.size(); i++) {
            result.rows.add(new Row(i + 1, values.get(i)::get, result.problems));
        }
        return result;
    }

    /** How messages name a row: "line 5" in a file. */
    String place(long line) {
        return placeName.apply(line);
    }

    static CsvRows read(Reader reader, Set<String> requiredColumns) {
        CsvRows result = new CsvRows(line -> "line " + line);
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(reader), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                result.problems.add(new ImportProblem(1, null,
                        "missing column(s) " + String.join(", ", missing) + "; expected " + String.join(",", requiredColumns)));
                return result;
            }
            List<String> repeated = requiredColumns.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).toList();
            if (!repeated.isEmpty()) {
                result.problems.add(new ImportProblem(1, null, "column(s) " + String.join(", ", repeated) + " appear more than once"));
                return result;
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    result.problems.add(new ImportProblem(line, null,
                            "has " + record.size() + " values, the header has " + header.size()));
                    continue;
                }
                result.rows.add(new Row(line, record::get, result.problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            result.problems.add(new ImportProblem(0, null, "the file is not a readable CSV file: " + e.getMessage()));
        }
        if (result.rows.isEmpty() && result.problems.isEmpty()) {
            result.problems.add(new ImportProblem(1, null, "the file has a header but no data rows"));
        }
        return result;
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    /** One data line; the typed getters record a problem and return null on bad values. */
    static final class Row {
        final long line;
        private final Function<String, String> record;
        private final List<ImportProblem> problems;

        Row(long line, Function<String, String> record, List<ImportProblem> problems) {
            this.line = line;
            this.record = record;
            this.problems = problems;
        }

        void problem(String field, String message) {
            problems.add(new ImportProblem(line, field, message));
        }

        String optional(String column) {
            String value = record.apply(column);
            return value == null || value.isBlank() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                problem(column, "is required");
            }
            return value;
        }

        LocalDate date(String column, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value == null) {
                return null;
            }
            LocalDate date = FormInput.parseDay(value).orElse(null);
            if (date == null) {
                problem(column, FormInput.notADate(value));
            }
            return date;
        }

        BigDecimal decimal(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problem(column, "'" + value + "' is not a number");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase());
            } catch (IllegalArgumentException e) {
                problem(column, "unknown value '" + value + "'; allowed: " + allowed(type));
                return null;
            }
        }

        static <E extends Enum<E>> String allowed(Class<E> type) {
            return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
