package org.supervision.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.supervision.staff.StaffMember;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;

/**
 * The organisation's minimum supervision frequencies, read from the decision table
 * {@code supervision-frequency.dmn} (DOMAIN.md §1) for a member of staff on a given day:
 * tenure moves an ASYE from weekly to fortnightly to monthly without anyone editing anything.
 */
@Component
public class FrequencyPolicy {

    private final DecisionService decisions;

    FrequencyPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The negotiated inputs of the table: complexity and risk, weekly group casework supervision. */
    public record Circumstances(boolean complexOrHighRisk, boolean groupCaseworkSupervision) {
        public static final Circumstances NONE = new Circumstances(false, false);
    }

    /** The longest gap allowed between two sessions of this type, or empty where supervision is on request. */
    public Optional<Integer> maximumIntervalDays(StaffMember member, SupervisionType type, LocalDate on,
                                                 Circumstances circumstances) {
        return column(member, type, on, circumstances, "maximumIntervalDays");
    }

    public Optional<Integer> proposedIntervalDays(StaffMember member, SupervisionType type, LocalDate on,
                                                  Circumstances circumstances) {
        return column(member, type, on, circumstances, "proposedIntervalDays");
    }

    public int directObservationsPerYear(StaffMember member) {
        Object value = decisions.evaluateDecisionByKey("directObservationsPerYear")
                .variables(Map.of("staffCategory", member.getCategory().name())).evaluate()
                .getSingleResult().getSingleEntry();
        return ((Number) value).intValue();
    }

    public static long weeksSinceStart(StaffMember member, LocalDate on) {
        return ChronoUnit.WEEKS.between(member.getStartDate(), on);
    }

    private Optional<Integer> column(StaffMember member, SupervisionType type, LocalDate on,
                                     Circumstances circumstances, String column) {
        DmnDecisionResult rows = decisions.evaluateDecisionByKey("minimumSupervisionFrequency")
                .variables(Map.of("staffCategory", member.getCategory().name(),
                        "weeksSinceStart", weeksSinceStart(member, on),
                        "hoursPerWeek", member.getHoursPerWeek().doubleValue(),
                        "complexOrHighRisk", circumstances.complexOrHighRisk(),
                        "groupCaseworkSupervision", circumstances.groupCaseworkSupervision()))
                .evaluate();
        return rows.getResultList().stream()
                .filter(row -> type.name().equals(row.get("supervisionType")))
                .map(row -> (Number) row.get(column))
                .filter(java.util.Objects::nonNull)
                .map(Number::intValue)
                .findFirst();
    }
}
