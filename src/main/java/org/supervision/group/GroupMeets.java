package org.supervision.group;

/** How often a group meets: the days from one session to the next. */
public enum GroupMeets {
    WEEKLY(7, "weekly"),
    FORTNIGHTLY(14, "fortnightly"),
    EVERY_FOUR_WEEKS(28, "every 4 weeks");

    private final int days;
    private final String words;

    GroupMeets(int days, String words) {
        this.days = days;
        this.words = words;
    }

    public int days() {
        return days;
    }

    public String inWords() {
        return words;
    }
}
