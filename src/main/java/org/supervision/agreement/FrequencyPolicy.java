package org.supervision.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.supervision.staff.StaffMember;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;

/**
 * Asks {@code processes/supervision-frequency.dmn} about a member of staff on a given day.
 * Every frequency rule is in that file: the policy minimum by staff category, time in post
 * and circumstances ("Minimum supervision frequency"), and how an agreement turns it into the
 * interval to the next session ("Interval to the next session"). This class only supplies
 * the facts (the whole weeks since the start date, what the agreement says) and returns the
 * answer.
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

    /**
     * Days from the day the last session was held ({@code on}) to the next session of this
     * type, or empty where supervision is on request: the decision "Interval to the next
     * session", given the agreement and the policy minimum on that day.
     */
    public Optional<Integer> intervalToNextSession(StaffMember member, SupervisionAgreement agreement,
                                                   SupervisionType type, LocalDate on) {
        Optional<SupervisionArrangement> arrangement = agreement.arrangementFor(type);
        boolean management = type == SupervisionType.MANAGEMENT;
        VariableMap facts = Variables.createVariables()
                .putValue("supervisionType", type.name())
                .putValue("arrangementAgreed", management || arrangement.isPresent())
                .putValue("agreedIntervalDays", management ? agreement.getFrequencyDays()
                        : arrangement.map(SupervisionArrangement::getIntervalDays).orElse(null))
                .putValue("agreedPolicyIntervalDays", management ? agreement.getMinimumIntervalDays()
                        : arrangement.map(SupervisionArrangement::getPolicyIntervalDays).orElse(null))
                .putValue("policyIntervalDays", maximumIntervalDays(member, type, on, agreement.circumstances()).orElse(null))
                .putValue("managementIntervalDays", agreement.getFrequencyDays());
        DmnDecisionResultEntries decided = decisions.evaluateDecisionByKey("nextSessionInterval").variables(facts)
                .evaluate().getSingleResult();
        if (decided == null) {
            throw new IllegalStateException("The decision 'Interval to the next session' has no rule for " + facts);
        }
        return Optional.ofNullable((Number) decided.getSingleEntry()).map(Number::intValue);
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
                .filter(Objects::nonNull)
                .map(Number::intValue)
                .findFirst();
    }
}
