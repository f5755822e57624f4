package org.supervision.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The reports of the syncs, in the database so that every node answers with the last one, wherever it ran. */
@Component
class LdapSyncRuns {

    private final LdapSyncRunRepository runs;
    private final ObjectMapper json;

    LdapSyncRuns(LdapSyncRunRepository runs, ObjectMapper json) {
        this.runs = runs;
        this.json = json;
    }

    // its own transaction: a rejected sync rolls back everything else, never its report
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public LdapSyncReport record(LdapSyncReport report) {
        runs.save(new LdapSyncRun(report, write(report.leavers()), write(report.problems())));
        return report;
    }

    @Transactional(readOnly = true)
    public Optional<LdapSyncReport> last() {
        return runs.findFirstByOrderByIdDesc().map(run -> new LdapSyncReport(run.getOutcome(), run.getStartedAt(),
                run.getFinishedAt(), run.getTriggeredBy(), run.getEntriesRead(), run.getCreated(), run.getUpdated(),
                run.getUnchanged(), read(run.getLeavers(), new TypeReference<List<String>>() { }),
                read(run.getProblems(), new TypeReference<List<LdapSyncProblem>>() { }), run.getMessage()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
