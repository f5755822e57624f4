package org.supervision.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What "Set your password" says about what was typed, naming the field each time. */
class NewPasswordTest {

    @Test
    void anEmptyFormAsksForBothFields() {
        assertThat(NewPassword.problems("", "", 12)).containsExactly(
                new NewPassword.Problem("#password", "Enter a new password"),
                new NewPassword.Problem("#confirm-password", "Enter your new password again in 'Confirm new password'"));
    }

    @Test
    void aShortPasswordIsRefusedWithTheRuleAndAMismatchNamesTheConfirmation() {
        assertThat(NewPassword.problems("elevenchars", "elevenchars", 12))
                .containsExactly(new NewPassword.Problem("#password", "New password must be 12 characters or more"));
        assertThat(NewPassword.problems("twelve chars", "twelve chars.", 12))
                .containsExactly(new NewPassword.Problem("#confirm-password",
                        "Confirm new password must be the same as the new password"));
        assertThat(NewPassword.problems("            ", "            ", 12)).extracting(NewPassword.Problem::message)
                .containsExactly("New password must contain letters, numbers or symbols, not only spaces");
        assertThat(NewPassword.problems("x".repeat(257), "x".repeat(257), 12)).extracting(NewPassword.Problem::message)
                .containsExactly("New password must be 256 characters or fewer");
    }

    @Test
    void twelveCharactersTypedTwiceAreAccepted() {
        assertThat(NewPassword.problems("twelve chars", "twelve chars", 12)).isEmpty();
    }
}
