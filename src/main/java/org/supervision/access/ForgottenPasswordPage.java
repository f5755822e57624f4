package org.supervision.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.supervision.security.LoginSource;
import org.supervision.shared.WorkspacePage;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * "Forgotten your password?": a person gives their user name or e-mail address and is sent a
 * link to set a new password. The answer is the same whether or not anyone matched, and
 * whether or not the request was over the limit, so the page tells strangers nothing about
 * who is in the directory.
 */
@WorkspacePage
class ForgottenPasswordPage {

    static final String PATH = "/forgotten-password";

    private final StaffMemberRepository staff;
    private final PasswordLinks links;
    private final ResetRequestThrottle throttle;

    ForgottenPasswordPage(StaffMemberRepository staff, PasswordLinks links, ResetRequestThrottle throttle) {
        this.staff = staff;
        this.links = links;
        this.throttle = throttle;
    }

    /** {@code ?sent} after a request, {@code ?missing} when the field was left empty. */
    @GetMapping(PATH)
    String form(@RequestParam(required = false) String sent, @RequestParam(required = false) String missing, Model model) {
        model.addAttribute("sent", sent != null);
        model.addAttribute("missing", missing != null);
        return "access/forgotten-password";
    }

    @PostMapping(PATH)
    String request(@RequestParam(required = false) String name, HttpServletRequest request) {
        String source = LoginSource.of(request.getRemoteAddr());
        if (name == null || name.isBlank()) {
            return "redirect:" + PATH + "?missing";
        }
        if (throttle.sourceMayAsk(source)) {
            Optional<StaffMember> member = find(name.strip());
            links.recordResetRequest(source, member);
            member.filter(found -> throttle.personMayBeSent(found.getId()))
                    .ifPresent(found -> links.send(found, LinkPurpose.RESET, "anonymous"));
        }
        return "redirect:" + PATH + "?sent";
    }

    private Optional<StaffMember> find(String name) {
        if (name.length() > 320) {
            return Optional.empty();
        }
        return name.contains("@") ? staff.findByEmailIgnoreCase(name) : staff.findById(name);
    }
}
