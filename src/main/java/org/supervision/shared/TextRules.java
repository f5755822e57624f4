package org.supervision.shared;

import java.util.Optional;

/**
 * What the product accepts as text typed by a person: line breaks and tabs, but no other
 * control character (a NUL cannot be stored in PostgreSQL and is invisible on screen) and
 * no half of a surrogate pair (not a character at all). Shared by task forms and the API.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Empty when the text is acceptable; otherwise what is wrong with it, in plain words. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return Optional.of("contains an invisible control character (code " + (int) c + " at position " + (i + 1)
                        + "); only letters, digits, punctuation, line breaks and tabs are allowed");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a broken character at position " + (i + 1) + "; please type it again");
            }
        }
        return Optional.empty();
    }
}
