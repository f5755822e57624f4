package org.supervision.shared;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple FEEL conditions the forms use to hide a field: {@code =name != value} and
 * {@code =name = value}, where value is true, false, a number or a quoted text. Evaluated on
 * the server, so that no script is needed; anything more complex is not understood, and the
 * field is then shown (a field shown too often is better than one a person cannot reach).
 * The workspace decides with it what to show; the check of Camunda's REST API which required
 * fields a submission must hold.
 */
public record HideCondition(String variable, boolean hiddenWhenEqual, Object expected) {

    private static final Pattern SIMPLE = Pattern.compile("^=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(.+?)\\s*$");

    public static Optional<HideCondition> parse(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        Matcher simple = SIMPLE.matcher(expression.trim());
        if (!simple.matches()) {
            return Optional.empty();
        }
        String literal = simple.group(3);
        Object expected;
        if (literal.equals("true") || literal.equals("false")) {
            expected = Boolean.valueOf(literal);
        } else if (literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"")) {
            expected = literal.substring(1, literal.length() - 1);
        } else if (literal.matches("-?\\d+(\\.\\d+)?")) {
            expected = new java.math.BigDecimal(literal);
        } else {
            return Optional.empty();
        }
        return Optional.of(new HideCondition(simple.group(1), simple.group(2).equals("="), expected));
    }

    public boolean hides(Map<String, ?> values) {
        return matches(values.get(variable)) == hiddenWhenEqual;
    }

    /** FEEL's equality for the values forms hold: null equals nothing given here. */
    public boolean matches(Object actual) {
        if (actual == null) {
            return false;
        }
        if (expected instanceof Boolean flag) {
            return actual instanceof Boolean b ? b.equals(flag) : String.valueOf(actual).equals(flag.toString());
        }
        if (expected instanceof java.math.BigDecimal number) {
            try {
                return new java.math.BigDecimal(actual.toString()).compareTo(number) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return expected.equals(String.valueOf(actual));
    }
}
