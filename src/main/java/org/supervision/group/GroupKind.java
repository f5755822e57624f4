package org.supervision.group;

/** What a supervision group is for. */
public enum GroupKind {
    /** Weekly (or other) group casework supervision of a team; weekly attendance lets 1:1 be every 4-6 weeks. */
    GROUP_CASEWORK("Group casework"),
    /** Peer group supervision, for peer workers. */
    PEER_GROUP_SUPERVISION("Peer group supervision"),
    OTHER("Group supervision");

    private final String words;

    GroupKind(String words) {
        this.words = words;
    }

    public String inWords() {
        return words;
    }
}
