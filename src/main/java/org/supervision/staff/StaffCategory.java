package org.supervision.staff;

/** Staff categories that drive supervision rules (DOMAIN.md "People and roles"). */
public enum StaffCategory {
    ASYE,
    SOCIAL_WORKER,
    EXPERIENCED_SOCIAL_WORKER,
    ADVANCED_PRACTITIONER,
    MANAGER,
    PEER_WORKER,
    OTHER_STAFF
}
