package org.supervision.shared;

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

    public static void run(IdentityService identity, Runnable work) {
        call(identity, () -> {
            work.run();
            return null;
        });
    }
}
