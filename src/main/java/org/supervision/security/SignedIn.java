package org.supervision.security;

import java.io.Serializable;
import java.time.Instant;

/** Kept in the HTTP session: who signed in, when, and when they last used the product. */
record SignedIn(String user, Instant since, Instant lastActive) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    SignedIn active(Instant now) {
        return new SignedIn(user, since, now);
    }
}
