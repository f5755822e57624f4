package org.supervision.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secret part of a link: 32 random bytes, URL-safe; only its SHA-256 is ever stored. */
final class LinkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** Longer than any token made here; a longer value is not hashed at all. */
    private static final int MAX_LENGTH = 100;

    private LinkToken() {
    }

    static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; null for a value that cannot be one. */
    static String hash(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
