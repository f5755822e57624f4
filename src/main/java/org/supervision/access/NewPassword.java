package org.supervision.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a new password must meet, as the "Set your password" page explains them: the
 * engine has no password policy of its own configured, so the length is the rule here.
 */
final class NewPassword {

    /** Far more than anyone types; bounds the work of hashing what strangers send. */
    static final int MAX_LENGTH = 256;

    /** One problem with what was typed: the field it is about (its id on the page) and what to do. */
    record Problem(String href, String message) {
    }

    private NewPassword() {
    }

    static List<Problem> problems(String password, String confirmation, int minimumLength) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new Problem("#password", "Enter a new password"));
        } else if (password.length() < minimumLength) {
            problems.add(new Problem("#password", "New password must be " + minimumLength + " characters or more"));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(new Problem("#password", "New password must be " + MAX_LENGTH + " characters or fewer"));
        } else if (password.isBlank()) {
            problems.add(new Problem("#password", "New password must contain letters, numbers or symbols, not only spaces"));
        }
        if (confirmation == null || confirmation.isEmpty()) {
            problems.add(new Problem("#confirm-password", "Enter your new password again in 'Confirm new password'"));
        } else if (problems.isEmpty() && !confirmation.equals(password)) {
            problems.add(new Problem("#confirm-password", "Confirm new password must be the same as the new password"));
        }
        return problems;
    }
}
