package org.supervision.reminder;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.mail.ReminderKind;
import org.supervision.mail.ReminderPreferences;
import org.supervision.shared.TaskInputException;

/** The caller's own reminder choices, as on the "My reminders" page. */
@RestController
class ReminderPreferenceApi {

    /** Which reminders the person receives by e-mail, and the weekday (Monday to Friday) of their weekly digest. */
    record ReminderChoice(@NotNull Set<ReminderKind> reminders, @NotNull DayOfWeek digestDay) {
    }

    private final ReminderPreferences preferences;

    ReminderPreferenceApi(ReminderPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/me/reminders")
    @Operation(summary = "Which reminder e-mails I receive and on which weekday my weekly digest comes")
    ReminderChoice mine(Principal user) {
        ReminderPreferences.Choice choice = preferences.of(user.getName());
        return new ReminderChoice(choice.wanted(), choice.digestDay());
    }

    @PutMapping("/api/me/reminders")
    @Operation(summary = "Choose which reminder e-mails I receive and on which weekday my weekly digest comes")
    ReminderChoice choose(@Valid @RequestBody ReminderChoice choice, Principal user) {
        if (!DigestDays.CHOICES.contains(choice.digestDay())) {
            throw new TaskInputException("digestDay", "choose a day from MONDAY to FRIDAY");
        }
        ReminderPreferences.Choice saved = preferences.choose(user.getName(),
                choice.reminders().isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(choice.reminders()),
                choice.digestDay());
        return new ReminderChoice(saved.wanted(), saved.digestDay());
    }
}
