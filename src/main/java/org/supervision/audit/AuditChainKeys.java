package org.supervision.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The keys of the audit chain's MACs. They come from configuration (in production an
 * environment variable filled from a secret), never from the database: whoever can rewrite
 * the database cannot compute a valid MAC for what they wrote.
 *
 * <p>{@code supervision.audit.chain-keys} maps a key id to its secret; every key listed is
 * used to verify entries written under it. {@code supervision.audit.current-key} names the
 * key that new entries are written under. Rotating means adding a key and making it the
 * current one; the old key must stay listed for as long as its entries should verify.
 */
public final class AuditChainKeys {

    static final String KEYS = "supervision.audit.chain-keys";
    static final String CURRENT = "supervision.audit.current-key";
    static final String ALGORITHM = "HmacSHA256";
    static final int MINIMUM_SECRET_LENGTH = 32;
    /** Environment variable names carry the id, and Spring lower-cases map keys bound from them. */
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,40}");
    /** The demo profile's key (application-demo.yml): public, so refused outside the demo. */
    static final String DEMO_SECRET = "demo-audit-chain-key-not-secret-never-use-for-real-data";

    private final Map<String, SecretKeySpec> keys;
    private final String current;

    private AuditChainKeys(Map<String, SecretKeySpec> keys, String current) {
        this.keys = keys;
        this.current = current;
    }

    /**
     * The keys as configured, or an {@link IllegalStateException} whose message says which
     * setting is missing or wrong (start-up shows it as the reason it was refused).
     */
    public static AuditChainKeys from(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> secrets = binder.bind(KEYS, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        String current = binder.bind(CURRENT, String.class).orElse(null);
        boolean demo = environment.getProperty("supervision.demo.enabled", Boolean.class, false);
        return of(secrets, current, demo);
    }

    static AuditChainKeys of(Map<String, String> secrets, String current, boolean demo) {
        if (current == null || current.isBlank()) {
            throw refused("no audit chain key is configured. Set SUPERVISION_AUDIT_CURRENTKEY (" + CURRENT
                    + ") to a key id, e.g. k1, and SUPERVISION_AUDIT_CHAINKEYS_K1 (" + KEYS + ".k1) to a secret of at least "
                    + MINIMUM_SECRET_LENGTH + " characters, from a secret store, never from the database or the image");
        }
        Map<String, SecretKeySpec> keys = new TreeMap<>();
        secrets.forEach((id, secret) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw refused("the audit chain key id '" + id + "' (" + KEYS + ") must be 1 to 40 lower-case letters or digits");
            }
            if (secret == null || secret.length() < MINIMUM_SECRET_LENGTH) {
                throw refused("the audit chain key '" + id + "' (" + KEYS + "." + id + ", SUPERVISION_AUDIT_CHAINKEYS_"
                        + id.toUpperCase() + ") is shorter than " + MINIMUM_SECRET_LENGTH + " characters");
            }
            if (!demo && secret.equals(DEMO_SECRET)) {
                throw refused("the audit chain key '" + id + "' is the demo's published key; generate a secret of your own");
            }
            keys.put(id, new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        });
        if (!keys.containsKey(current)) {
            throw refused("the current audit chain key '" + current + "' (" + CURRENT + ", SUPERVISION_AUDIT_CURRENTKEY) has no"
                    + " secret: set " + KEYS + "." + current + " (SUPERVISION_AUDIT_CHAINKEYS_" + current.toUpperCase() + ")");
        }
        return new AuditChainKeys(Collections.unmodifiableMap(keys), current);
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("Start-up refused: " + why + ".");
    }

    /** The id new entries are written under. */
    public String current() {
        return current;
    }

    public boolean knows(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /** A fresh MAC for the key (a {@link Mac} is not thread-safe, so each caller gets its own). */
    Mac mac(String keyId) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no audit chain key '" + keyId + "'");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
