package org.supervision.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;

/**
 * The text of a value in Camunda's history tables (a variable update, a decision's input or
 * output), read from the columns Camunda's serializers write: the same text as Camunda's
 * {@code getValue()} would give, without its MyBatis mapping, which was two fifths of the
 * CPU time an auditor's trail took. The processes keep only ids and decisions in variables,
 * so these are the types that occur; any other type is named, not deserialized: an audit
 * view is no place to turn stored bytes back into objects.
 */
final class HistoryValue {

    private HistoryValue() {
    }

    static String text(ResultSet row) throws SQLException {
        String type = row.getString("VAR_TYPE_");
        Long number = row.getObject("LONG_") == null ? null : row.getLong("LONG_");
        return switch (type) {
            case "null" -> "null";
            case "string" -> String.valueOf(row.getString("TEXT_"));
            case "boolean" -> String.valueOf(number == null ? null : number == 1L);
            case "short", "integer", "long" -> String.valueOf(number);
            case "date" -> String.valueOf(number == null ? null : new Date(number));
            case "double" -> String.valueOf(row.getObject("DOUBLE_") == null ? null : row.getDouble("DOUBLE_"));
            default -> "[" + type + " value]";
        };
    }
}
