package org.supervision.handover;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A senior manager's hand-over of a supervisor's open task to another supervisor in their
 * line ({@link TaskHandover}). Platform administrators keep reassigning through Camunda
 * (Tasklist, Cockpit, {@code /engine-rest}).
 */
@RestController
@RequestMapping("/api/tasks")
class HandoverController {

    /** {@code to}: the staff id of the supervisor to hand the task to; {@code reason}: why, required. */
    record Request(String to, String reason) {
    }

    private final TaskHandover handover;

    HandoverController(TaskHandover handover) {
        this.handover = handover;
    }

    /** The open tasks of supervisors in the caller's line of management, which the caller may hand on. */
    @GetMapping("/in-my-line")
    List<TaskHandover.LineTask> inMyLine(Principal user) {
        return handover.tasksInLine(user.getName());
    }

    /** The supervisors in the caller's line this task can be handed to. */
    @GetMapping("/{taskId}/reassignment-candidates")
    List<TaskHandover.Supervisor> candidates(@PathVariable String taskId, Principal user) {
        TaskHandover.LineTask task = handover.task(user.getName(), taskId);
        return handover.candidates(user.getName(), task.assigneeId());
    }

    /** Hands the task to another supervisor in the caller's line, with a reason; audited. */
    @PostMapping("/{taskId}/reassignment")
    TaskHandover.HandedOver reassign(@PathVariable String taskId, @RequestBody Request request, Principal user) {
        return handover.handOver(user.getName(), taskId, request.to(), request.reason());
    }

    @ExceptionHandler(HandoverRefused.class)
    ResponseEntity<ProblemDetail> refused(HandoverRefused refused) {
        HttpStatus status = switch (refused.kind()) {
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NO_TASK -> HttpStatus.NOT_FOUND;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        if (refused.field() != null) {
            problem.setProperty("field", refused.field());
        }
        return ResponseEntity.status(status).body(problem);
    }
}
