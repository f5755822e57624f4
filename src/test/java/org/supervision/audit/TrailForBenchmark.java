package org.supervision.audit;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmark (another package) time the auditor's trail query itself, without the
 * HTTP layer and without the READ entry that {@link AuditorApi} appends for every request.
 */
public final class TrailForBenchmark {

    private final AuditTrailQuery query;

    public TrailForBenchmark(ApplicationContext app) {
        this.query = app.getBean(AuditTrailQuery.class);
    }

    public List<TimelineEntry> trail(String staffId) {
        return query.trail(new AuditTrailQuery.Criteria(staffId, null, null, null, null, null));
    }
}
