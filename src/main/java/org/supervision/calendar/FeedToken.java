package org.supervision.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secret in a feed's address: 256 random bits, URL-safe; stored only as its SHA-256. */
final class FeedToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer than any token made here: what strangers send is not hashed at any length. */
    static final int MAX_LENGTH = 64;

    private FeedToken() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
