package org.supervision.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trail page's filters as the auditor typed them (dates as dd/mm/yyyy, as UK forms ask),
 * what they mean once read, and what is wrong with them, by field. The export links carry
 * the same filters in the API's terms, so that an export holds exactly what the page shows.
 */
final class TrailFilter {

    /** A field the auditor has to correct, in the words of the error summary. */
    record Problem(String field, String message) {
    }

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    final String process;
    final String fromText;
    final String toText;
    final String actorText;
    final LocalDate from;
    final LocalDate to;
    final List<Problem> problems = new ArrayList<>();

    /** {@code processes}: the filter's choices by key; any other value is ignored rather than refused. */
    TrailFilter(String process, String from, String to, String actor, Map<String, String> processes) {
        this.process = process != null && processes.containsKey(process) ? process : "";
        this.fromText = trim(from);
        this.toText = trim(to);
        this.actorText = trim(actor);
        this.from = date("from", "From", fromText);
        this.to = date("to", "To", toText);
        if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
            problems.add(new Problem("to", "To: the date must be the same as or after the From date"));
        }
    }

    boolean valid() {
        return problems.isEmpty();
    }

    boolean filtered() {
        return !process.isEmpty() || !fromText.isEmpty() || !toText.isEmpty() || !actorText.isEmpty();
    }

    /** The export's query string: the API's own parameters, dates in ISO form. */
    String exportQuery(String staffId, String actorLogin) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("staffId", staffId);
        if (!process.isEmpty()) {
            query.queryParam("process", process);
        }
        if (from != null) {
            query.queryParam("from", from.toString());
        }
        if (to != null) {
            query.queryParam("to", to.toString());
        }
        if (actorLogin != null) {
            query.queryParam("actor", actorLogin);
        }
        return query.encode().build().getQuery();
    }

    private LocalDate date(String field, String label, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, UK_DATE);
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(field, label + ": enter a real date as day/month/year, for example 5/10/2026"));
            return null;
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
