package org.supervision.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.supervision.audit.RecordAccessDeniedException;
import org.supervision.shared.WorkspacePage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A supervisee's page: their agreement, sessions with every record version and dispute,
 * their learning. Open to exactly those the record-access policy lets read the records; a
 * refusal and an unknown person are answered with a page in words, not an error trace.
 */
@WorkspacePage
class SuperviseePage {

    /** Nobody in the directory has the id in the address. */
    static class NobodyWithThatId extends RuntimeException {
        NobodyWithThatId() {
            super(null, null, false, false);
        }
    }

    private final SuperviseeFiles files;
    private final WorkspaceFrame frame;
    private final ObservationList observations;

    SuperviseePage(SuperviseeFiles files, WorkspaceFrame frame, ObservationList observations) {
        this.observations = observations;
        this.files = files;
        this.frame = frame;
    }

    @GetMapping("/supervisees/{staffId}")
    String supervisee(@PathVariable String staffId, Principal user, Model model) {
        model.addAttribute("file", files.of(user.getName(), staffId).orElseThrow(NobodyWithThatId::new));
        model.addAttribute("observations", observations.of(user.getName(), staffId).orElse(null));
        return "workspace/supervisee";
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    ModelAndView refused(Principal user, HttpServletRequest request) {
        ModelAndView page = frame.errorPage("workspace/refused", HttpStatus.FORBIDDEN, user, request);
        page.addObject("heading", "You cannot see this person's supervision records");
        page.addObject("reason", "Supervision records can be seen by the supervisee, their current supervisors and the"
                + " managers above them in the line. A director can see them only with a recorded need-to-know reason."
                + " Your attempt has been recorded, as every look at these records is.");
        return page;
    }

    @ExceptionHandler(NobodyWithThatId.class)
    ModelAndView notFound(Principal user, HttpServletRequest request) {
        return frame.errorPage("workspace/not-found", HttpStatus.NOT_FOUND, user, request);
    }
}
