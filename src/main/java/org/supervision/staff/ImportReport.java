package org.supervision.staff;

/** What an accepted import changed. A re-import of the same file reports only unchanged rows. */
public record ImportReport(int created, int updated, int unchanged) {

    public boolean changedAnything() {
        return created > 0 || updated > 0;
    }
}
