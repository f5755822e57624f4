package org.supervision.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.supervision.agreement.FrequencyPolicy.Circumstances;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;

/**
 * The pages' frequency policy gives the processes' answers and writes nothing: the same
 * deployed tables, evaluated without Camunda's decision history.
 */
@IntegrationTest
class FrequencyPolicyForPagesTest {

    /** Weeks in post around every threshold of the tables (ASYE 6 and 26 weeks, peer workers 6 months, a year). */
    static final List<Integer> WEEKS = List.of(0, 1, 2, 5, 6, 7, 12, 13, 25, 26, 27, 51, 52, 53, 104);
    static final List<Circumstances> CIRCUMSTANCES = List.of(Circumstances.NONE, new Circumstances(true, false),
            new Circumstances(false, true), new Circumstances(true, true));

    @Autowired FrequencyPolicy recorded;
    @Autowired @Qualifier(FrequencyPolicy.FOR_PAGES) FrequencyPolicy forPages;
    @Autowired StaffMemberRepository staff;
    @Autowired StaffDirectoryImport directory;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;

    @Test
    void thePagesGetTheProcessesAnswersForEveryCategoryAroundEveryThreshold() {
        Map<Object, StaffMember> onePerCategory = new LinkedHashMap<>();
        staff.findAll().forEach(member -> onePerCategory.putIfAbsent(member.getCategory(), member));
        assertThat(onePerCategory).hasSizeGreaterThanOrEqualTo(7);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (StaffMember member : onePerCategory.values()) {
            for (int weeks : WEEKS) {
                LocalDate on = member.getStartDate().plusWeeks(weeks);
                for (Circumstances circumstances : CIRCUMSTANCES) {
                    for (SupervisionType type : List.of(SupervisionType.MANAGEMENT, SupervisionType.PEER)) {
                        compared++;
                        var processes = List.of(recorded.maximumIntervalDays(member, type, on, circumstances),
                                recorded.proposedIntervalDays(member, type, on, circumstances));
                        var pages = List.of(forPages.maximumIntervalDays(member, type, on, circumstances),
                                forPages.proposedIntervalDays(member, type, on, circumstances));
                        if (!processes.equals(pages)) {
                            differences.add(member.getCategory() + " week " + weeks + " " + circumstances + " " + type
                                    + ": processes " + processes + ", pages " + pages);
                        }
                    }
                }
            }
            if (recorded.directObservationsPerYear(member) != forPages.directObservationsPerYear(member)) {
                differences.add(member.getCategory() + ": direct observations differ");
            }
        }
        assertThat(differences).as("%d cases compared", compared).isEmpty();
    }

    @Test
    void theIntervalInForceIsTheSessionCyclesAndThePagesRecordNoDecision() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign("fqpages", "pjones");
        StaffMember member = staff.findById("fqpages").orElseThrow();
        SupervisionAgreement signed = agreements.findByStaffIdAndStatus("fqpages", AgreementStatus.SIGNED).orElseThrow();

        for (int weeks : WEEKS) {
            LocalDate on = LocalDate.of(2026, 11, 23).plusWeeks(weeks);
            assertThat(forPages.intervalToNextSession(member, signed, SupervisionType.MANAGEMENT, on))
                    .as("week %d", weeks).isEqualTo(recorded.intervalToNextSession(member, signed, SupervisionType.MANAGEMENT, on));
        }

        long before = history.createHistoricDecisionInstanceQuery().count();
        forPages.intervalToNextSession(member, signed, SupervisionType.MANAGEMENT, LocalDate.of(2026, 12, 1));
        forPages.maximumIntervalDays(member, SupervisionType.MANAGEMENT, LocalDate.of(2026, 12, 1), Circumstances.NONE);
        assertThat(history.createHistoricDecisionInstanceQuery().count()).as("the pages' evaluations").isEqualTo(before);
        recorded.intervalToNextSession(member, signed, SupervisionType.MANAGEMENT, LocalDate.of(2026, 12, 1));
        assertThat(history.createHistoricDecisionInstanceQuery().count()).as("the processes' evaluation")
                .isGreaterThan(before);
    }
}
