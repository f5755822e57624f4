package org.supervision.compliance;

/**
 * Whose figures: the whole organisation, a line manager's area (everyone below them in line
 * management), a supervisor's team (their 1:1 management supervisees) or one person.
 */
public record Scope(Kind kind, String id) {

    public enum Kind { ORGANISATION, AREA, TEAM, PERSON }

    static final Scope ORGANISATION = new Scope(Kind.ORGANISATION, null);

    /** The query parameter that names it in links and the API. */
    public String parameter() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A link to these figures for a period, on the page or a download ({@code path}). */
    public String link(String path, String period) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath(path)
                .queryParam(parameter(), id == null ? "all" : id).queryParam("period", period)
                .encode().build().toUriString();
    }
}
