package org.supervision.access;

/** Why a person was sent a link to set their password. */
enum LinkPurpose {
    /** The first password of someone new to the directory, or an administrator's resend. */
    INVITATION,
    /** "Forgotten your password?" */
    RESET
}
