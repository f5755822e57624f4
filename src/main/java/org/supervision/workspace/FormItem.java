package org.supervision.workspace;

import java.util.List;

/**
 * One thing a workspace form page shows, ready for the template: a heading or paragraph of
 * the form's text, a list of read-only facts, or a field with its GOV.UK component.
 *
 * @param kind  heading2, heading3, paragraph, facts, textfield, textarea, number, time, date,
 *              checkbox, radio or select
 * @param id    the id of the element an error summary links to (the day box of a date)
 * @param value    what the field holds now: the task's variable, or what the person typed
 * @param hideWhen the answer in the same form that hides this field, or null: the page's script shows and
 *                 hides the field as the person answers (without the script it stays shown, with its hint)
 * @param hidden   hidden now, by the answers of a submission the page shows again with its errors
 */
public record FormItem(String kind, String key, String id, String label, String hint, String value,
                       String day, String month, String year, boolean checked, List<Choice> choices,
                       List<Fact> facts, String error, HideWhen hideWhen, boolean hidden) {

    /**
     * Hidden while the answer to {@code field} equals {@code value} ({@code equal}) or while it
     * differs from it; as {@link HideCondition}, where nothing answered equals nothing.
     */
    public record HideWhen(String field, String value, boolean equal) {

        /** For the page: "equal" or "differs". */
        public String mode() {
            return equal ? "equal" : "differs";
        }
    }

    /** A radio button or select option. */
    public record Choice(String id, String value, String label, boolean selected) {
    }

    /** A read-only field as text; multi-line ones keep their line breaks; the hint is the form's description. */
    public record Fact(String label, String value, boolean multiline, String hint) {

        Fact(String label, String value, boolean multiline) {
            this(label, value, multiline, null);
        }
    }

    static FormItem text(String kind, String text) {
        return new FormItem(kind, null, null, null, null, text, null, null, null, false, List.of(), List.of(), null, null, false);
    }

    static FormItem facts(List<Fact> facts) {
        return new FormItem("facts", null, null, null, null, null, null, null, null, false, List.of(), List.copyOf(facts), null,
                null, false);
    }

    public boolean hasError() {
        return error != null;
    }

    /** The ids that describe the field, for aria-describedby: its hint and its error. */
    public String describedBy() {
        String ids = (hint == null ? "" : "hint-" + key) + (error == null ? "" : " error-" + key);
        return ids.isBlank() ? null : ids.strip();
    }
}
