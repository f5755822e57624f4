package org.supervision.audit;

import java.time.Instant;

/**
 * One line of an auditor's trail: something that happened to a staff member's supervision,
 * from Camunda's history or from the product's audit log.
 */
public record TimelineEntry(Instant at, String process, String processInstanceId, String kind, String activityId,
                            String what, String actor, String details) {
}
