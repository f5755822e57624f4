package org.supervision.access;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.supervision.shared.WorkspacePage;

/**
 * "Set your password", opened from the link in an invitation or a "forgotten password" mail,
 * without signing in. A link that is unknown, used, expired or a leaver's gets one plain
 * answer, so the page tells nobody which of these it was.
 */
@WorkspacePage
class SetPasswordPage {

    static final String PATH = "/set-password";

    private final PasswordLinks links;
    private final AccessSettings settings;

    SetPasswordPage(PasswordLinks links, AccessSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        noReferrer(response);
        Optional<PasswordLinks.OpenLink> link = links.open(token);
        if (link.isEmpty()) {
            return linkExpired(response);
        }
        return form(model, link.get(), token, List.of());
    }

    @PostMapping(PATH)
    String set(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
               @RequestParam(required = false) String confirmPassword, Model model, HttpServletResponse response) {
        noReferrer(response);
        Optional<PasswordLinks.OpenLink> link = links.open(token);
        if (link.isEmpty()) {
            return linkExpired(response);
        }
        List<NewPassword.Problem> problems = NewPassword.problems(password, confirmPassword, settings.minimumPasswordLength());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, link.get(), token, problems);
        }
        if (!links.setPassword(token, password)) {
            return linkExpired(response);
        }
        return "redirect:/login?password-set";
    }

    private String form(Model model, PasswordLinks.OpenLink link, String token, List<NewPassword.Problem> problems) {
        model.addAttribute("token", token);
        model.addAttribute("userName", link.staffId());
        model.addAttribute("name", link.name());
        model.addAttribute("minimumLength", settings.minimumPasswordLength());
        model.addAttribute("errors", problems);
        model.addAttribute("passwordError", errorFor(problems, "#password"));
        model.addAttribute("confirmError", errorFor(problems, "#confirm-password"));
        return "access/set-password";
    }

    private static String errorFor(List<NewPassword.Problem> problems, String href) {
        return problems.stream().filter(p -> p.href().equals(href)).map(NewPassword.Problem::message).findFirst().orElse(null);
    }

    private static String linkExpired(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "access/link-expired";
    }

    /** The token is in the page's address: no link followed from the page may carry it elsewhere. */
    private static void noReferrer(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
