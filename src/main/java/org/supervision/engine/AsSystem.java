package org.supervision.engine;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work on behalf of the product rather than of the person whose request
 * triggered it (e.g. HR's import starts agreement processes HR may not start themselves).
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** The user the engine is working for in this thread, if any (Tasklist's, a REST caller's). */
    public static Optional<String> currentUserId(IdentityService identity) {
        Authentication caller = identity.getCurrentAuthentication();
        return Optional.ofNullable(caller == null ? null : caller.getUserId());
    }

    public static void run(IdentityService identity, Runnable work) {
        call(identity, () -> {
            work.run();
            return null;
        });
    }
}
