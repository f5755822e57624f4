package org.supervision.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.supervision.staff.StaffMember;
import org.supervision.staff.SupervisionType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Asks {@code processes/supervision-frequency.dmn} about a member of staff on a given day.
 * Every frequency rule is in that file: the policy minimum by staff category, time in post
 * and circumstances ("Minimum supervision frequency"), and how an agreement turns it into the
 * interval to the next session ("Interval to the next session"). This class only supplies
 * the facts (the whole weeks since the start date, what the agreement says) and returns the
 * answer.
 *
 * <p>Two of them: the processes' ({@link Beans#frequencyPolicy}), whose every evaluation is in
 * Camunda's decision history as part of what happened; and the pages' ({@value #FOR_PAGES}),
 * which only show what the policy says and write nothing.
 */
public class FrequencyPolicy {

    /** The name of the pages' policy, for {@code @Qualifier}. */
    public static final String FOR_PAGES = "frequencyPolicyForPages";

    private final DecisionTables decisions;

    FrequencyPolicy(DecisionTables decisions) {
        this.decisions = decisions;
    }

    @Configuration
    static class Beans {

        /** For the processes: each evaluation recorded in Camunda's history. */
        @Bean
        @Primary
        FrequencyPolicy frequencyPolicy(DecisionService decisions) {
            return new FrequencyPolicy((key, facts) -> decisions.evaluateDecisionByKey(key).variables(facts).evaluate());
        }

        /** For pages that show a frequency: the same tables, nothing recorded, so a page view writes nothing. */
        @Bean(FOR_PAGES)
        @Qualifier(FOR_PAGES)
        FrequencyPolicy frequencyPolicyForPages(RepositoryService repository) {
            return new FrequencyPolicy(new DeployedDecisionTables(repository));
        }
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
        DmnDecisionResultEntries decided = decisions.evaluate("nextSessionInterval", facts).getSingleResult();
        if (decided == null) {
            throw new IllegalStateException("The decision 'Interval to the next session' has no rule for " + facts);
        }
        return Optional.ofNullable((Number) decided.getSingleEntry()).map(Number::intValue);
    }

    public int directObservationsPerYear(StaffMember member) {
        Object value = decisions.evaluate("directObservationsPerYear", Map.of("staffCategory", member.getCategory().name()))
                .getSingleResult().getSingleEntry();
        return ((Number) value).intValue();
    }

    public static long weeksSinceStart(StaffMember member, LocalDate on) {
        return ChronoUnit.WEEKS.between(member.getStartDate(), on);
    }

    private Optional<Integer> column(StaffMember member, SupervisionType type, LocalDate on,
                                     Circumstances circumstances, String column) {
        DmnDecisionResult rows = decisions.evaluate("minimumSupervisionFrequency", Map.of(
                "staffCategory", member.getCategory().name(),
                "weeksSinceStart", weeksSinceStart(member, on),
                "hoursPerWeek", member.getHoursPerWeek().doubleValue(),
                "complexOrHighRisk", circumstances.complexOrHighRisk(),
                "groupCaseworkSupervision", circumstances.groupCaseworkSupervision()));
        return rows.getResultList().stream()
                .filter(row -> type.name().equals(row.get("supervisionType")))
                .map(row -> (Number) row.get(column))
                .filter(Objects::nonNull)
                .map(Number::intValue)
                .findFirst();
    }
}
