package org.supervision.staff;

/** Staff categories that drive supervision rules. */
public enum StaffCategory {
    ASYE,
    SOCIAL_WORKER,
    EXPERIENCED_SOCIAL_WORKER,
    ADVANCED_PRACTITIONER,
    MANAGER,
    PEER_WORKER,
    OTHER_STAFF
}
