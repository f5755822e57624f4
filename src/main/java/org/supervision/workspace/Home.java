package org.supervision.workspace;

/**
 * The workspace's home pages, one per role a person can hold. A person sees a link to each
 * home their roles open, in this order; the first is where they land after logging in.
 */
public enum Home {
    TASKS("/tasks", "Waiting for me"),
    SUPERVISEES("/supervisees", "My supervisees"),
    TEAMS("/teams", "My teams"),
    HR_CONFLICTS("/hr/conflicts", "Escalated conflicts"),
    AUDIT_TRAIL("/audit-trail", "Audit trail"),
    NEED_TO_KNOW("/need-to-know", "Need-to-know access"),
    INSPECTION_PACK("/inspection-pack", "Inspection pack"),
    MY_SUPERVISION("/my-supervision", "My supervision");

    private final String path;
    private final String title;

    Home(String path, String title) {
        this.path = path;
        this.title = title;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }
}
