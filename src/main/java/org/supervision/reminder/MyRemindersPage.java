package org.supervision.reminder;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.supervision.mail.ReminderKind;
import org.supervision.mail.ReminderPreferences;
import org.supervision.shared.WorkspacePage;

/**
 * "My reminders": which reminder e-mails a person receives and on which weekday their weekly
 * digest comes (line managers). Each person sees and changes only their own.
 */
@WorkspacePage
class MyRemindersPage {

    static final String DIGEST_DAY_LABEL = "Day of the weekly digest";

    record Option(String value, String label, boolean chosen) {
    }

    private final ReminderPreferences preferences;

    MyRemindersPage(ReminderPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/reminders")
    String page(Principal user, Model model) {
        ReminderPreferences.Choice choice = preferences.of(user.getName());
        return show(model, choice.wanted(), choice.digestDay().name(), null);
    }

    @PostMapping("/reminders")
    String choose(@RequestParam(name = "wanted", required = false) List<String> wanted,
                  @RequestParam(required = false) String digestDay, Principal user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        for (String value : wanted == null ? List.<String>of() : wanted) {
            Arrays.stream(ReminderKind.values()).filter(kind -> kind.name().equals(value)).forEach(kinds::add);
        }
        Optional<DayOfWeek> day = DigestDays.parse(digestDay);
        if (day.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, kinds, digestDay, DIGEST_DAY_LABEL + ": choose a day from Monday to Friday");
        }
        preferences.choose(user.getName(), kinds, day.get());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/reminders";
    }

    private static String show(Model model, Set<ReminderKind> wanted, String digestDay, String problem) {
        model.addAttribute("kinds", Arrays.stream(ReminderKind.values())
                .map(kind -> new Option(kind.name(), kind.label(), wanted.contains(kind))).toList());
        model.addAttribute("days", DigestDays.CHOICES.stream()
                .map(day -> new Option(day.name(), DigestDays.name(day), day.name().equalsIgnoreCase(digestDay))).toList());
        model.addAttribute("digestDayLabel", DIGEST_DAY_LABEL);
        model.addAttribute("problem", problem);
        return "reminder/my-reminders";
    }
}
