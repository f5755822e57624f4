package org.supervision.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins every rule of {@code processes/supervision-frequency.dmn} by evaluating it with the
 * standalone Camunda DMN engine (no process engine, no Spring context).
 */
@DisplayName("Supervision frequency decisions (processes/supervision-frequency.dmn)")
class SupervisionFrequencyDecisionTest {

  private static final Path DMN_FILE = Path.of("processes/supervision-frequency.dmn");

  private static final String MANAGEMENT = "MANAGEMENT";
  private static final String PEER = "PEER";

  private static final double FULL_TIME_HOURS = 37.0;
  private static final double PART_TIME_HOURS = 18.5;

  /** The ASYE start date used for the calendar boundary tests (a Monday). */
  private static final LocalDate ASYE_START = LocalDate.of(2026, 9, 7);

  private static DmnEngine dmnEngine;
  private static DmnDecision minimumSupervisionFrequency;
  private static DmnDecision directObservationsPerYear;
  private static DmnDecision nextSessionInterval;

  @BeforeAll
  static void parseDecisions() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = Files.newInputStream(DMN_FILE)) {
      Map<String, DmnDecision> byKey = dmnEngine.parseDecisions(dmn).stream()
          .collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
      minimumSupervisionFrequency = byKey.get("minimumSupervisionFrequency");
      directObservationsPerYear = byKey.get("directObservationsPerYear");
      nextSessionInterval = byKey.get("nextSessionInterval");
    }
    assertThat(minimumSupervisionFrequency).as("decision minimumSupervisionFrequency").isNotNull();
    assertThat(directObservationsPerYear).as("decision directObservationsPerYear").isNotNull();
    assertThat(nextSessionInterval).as("decision nextSessionInterval").isNotNull();
  }

  // ---------------------------------------------------------------------------------------------
  // Minimum supervision frequency (COLLECT)
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("ASYE (assessed and supported year in employment)")
  class Asye {

    @Test
    @DisplayName("ASYE who started on 2026-09-07 is seen weekly on their first day")
    void weeklyOnFirstDay() {
      StaffMember asye = staff("ASYE").startedOn(ASYE_START).on(ASYE_START);

      assertThat(asye.weeksSinceStart()).isZero();
      assertThat(minimumFrequencyFor(asye)).containsExactly(new Row(MANAGEMENT, 7, 7));
    }

    @Test
    @DisplayName("ASYE who started on 2026-09-07 is still seen weekly on 2026-10-18 (week 5)")
    void weeklyUntilEndOfWeekFive() {
      StaffMember asye = staff("ASYE").startedOn(ASYE_START).on(LocalDate.of(2026, 10, 18));

      assertThat(asye.weeksSinceStart()).isEqualTo(5);
      assertThat(minimumFrequencyFor(asye)).containsExactly(new Row(MANAGEMENT, 7, 7));
    }

    @Test
    @DisplayName("ASYE who started on 2026-09-07 is seen weekly until 2026-10-19, then fortnightly (week 6)")
    void fortnightlyFromWeekSix() {
      StaffMember asye = staff("ASYE").startedOn(ASYE_START).on(LocalDate.of(2026, 10, 19));

      assertThat(asye.weeksSinceStart()).isEqualTo(6);
      assertThat(minimumFrequencyFor(asye)).containsExactly(new Row(MANAGEMENT, 14, 14));
    }

    @Test
    @DisplayName("ASYE who started on 2026-09-07 is still seen fortnightly on 2027-03-07 (week 25)")
    void fortnightlyUntilEndOfWeekTwentyFive() {
      StaffMember asye = staff("ASYE").startedOn(ASYE_START).on(LocalDate.of(2027, 3, 7));

      assertThat(asye.weeksSinceStart()).isEqualTo(25);
      assertThat(minimumFrequencyFor(asye)).containsExactly(new Row(MANAGEMENT, 14, 14));
    }

    @Test
    @DisplayName("ASYE who started on 2026-09-07 is seen at least monthly from 2027-03-08 (week 26, six months)")
    void monthlyFromSixMonths() {
      StaffMember asye = staff("ASYE").startedOn(ASYE_START).on(LocalDate.of(2027, 3, 8));

      assertThat(asye.weeksSinceStart()).isEqualTo(26);
      assertThat(minimumFrequencyFor(asye)).containsExactly(new Row(MANAGEMENT, 28, 28));
    }

    @Test
    @DisplayName("ASYE is still seen at least monthly at the end of the ASYE year (week 52)")
    void monthlyAtEndOfYear() {
      assertThat(minimumFrequencyFor(staff("ASYE").inWeek(52))).containsExactly(new Row(MANAGEMENT, 28, 28));
    }

    @Test
    @DisplayName("ASYE in weekly group casework with a complex caseload, working part-time, is still seen weekly in week 2")
    void asyeFrequencyIgnoresGroupCaseworkComplexityAndHours() {
      StaffMember asye = staff("ASYE").inWeek(2).working(PART_TIME_HOURS)
          .withComplexOrHighRiskCaseload().withWeeklyGroupCasework();

      assertThat(minimumFrequencyFor(asye)).containsExactly(new Row(MANAGEMENT, 7, 7));
    }
  }

  @Nested
  @DisplayName("Qualified social workers and managers")
  class SocialWorkersAndManagers {

    @ParameterizedTest(name = "{0} without weekly group casework supervision is seen at least monthly")
    @ValueSource(strings = {"SOCIAL_WORKER", "EXPERIENCED_SOCIAL_WORKER", "ADVANCED_PRACTITIONER", "MANAGER"})
    void monthlyWithoutGroupCasework(String category) {
      assertThat(minimumFrequencyFor(staff(category).inWeek(40))).containsExactly(new Row(MANAGEMENT, 28, 28));
    }

    @ParameterizedTest(name = "{0} with a complex or high-risk caseload and no group casework is seen at least monthly")
    @ValueSource(strings = {"SOCIAL_WORKER", "EXPERIENCED_SOCIAL_WORKER", "ADVANCED_PRACTITIONER", "MANAGER"})
    void monthlyWithComplexCaseloadAndNoGroupCasework(String category) {
      StaffMember member = staff(category).inWeek(40).withComplexOrHighRiskCaseload();

      assertThat(minimumFrequencyFor(member)).containsExactly(new Row(MANAGEMENT, 28, 28));
    }

    @ParameterizedTest(name = "{0} with weekly group casework supervision may go 6 weeks between 1:1s (form proposes 4)")
    @ValueSource(strings = {"SOCIAL_WORKER", "EXPERIENCED_SOCIAL_WORKER", "ADVANCED_PRACTITIONER", "MANAGER"})
    void everyFourToSixWeeksWithGroupCasework(String category) {
      StaffMember member = staff(category).inWeek(40).withWeeklyGroupCasework();

      assertThat(minimumFrequencyFor(member)).containsExactly(new Row(MANAGEMENT, 42, 28));
    }

    @ParameterizedTest(name = "{0} with complex or high-risk work keeps monthly 1:1 despite weekly group casework supervision")
    @ValueSource(strings = {"SOCIAL_WORKER", "EXPERIENCED_SOCIAL_WORKER", "ADVANCED_PRACTITIONER", "MANAGER"})
    void complexWorkKeepsMonthlyDespiteGroupCasework(String category) {
      StaffMember member = staff(category).inWeek(40).withWeeklyGroupCasework().withComplexOrHighRiskCaseload();

      assertThat(minimumFrequencyFor(member)).containsExactly(new Row(MANAGEMENT, 28, 28));
    }

    @Test
    @DisplayName("Social worker is seen at least monthly from their first week and after ten years alike")
    void lengthOfServiceDoesNotMatter() {
      assertThat(minimumFrequencyFor(staff("SOCIAL_WORKER").inWeek(0))).containsExactly(new Row(MANAGEMENT, 28, 28));
      assertThat(minimumFrequencyFor(staff("SOCIAL_WORKER").inWeek(520))).containsExactly(new Row(MANAGEMENT, 28, 28));
    }

    @Test
    @DisplayName("Part-time (18.5 h) social worker gets the same default minimum as a full-time (37 h) colleague")
    void partTimeSocialWorkerGetsSameMinimumAsFullTime() {
      List<Row> partTime = minimumFrequencyFor(staff("SOCIAL_WORKER").inWeek(30).working(PART_TIME_HOURS));
      List<Row> fullTime = minimumFrequencyFor(staff("SOCIAL_WORKER").inWeek(30).working(FULL_TIME_HOURS));

      assertThat(partTime).containsExactly(new Row(MANAGEMENT, 28, 28)).isEqualTo(fullTime);
    }

    @Test
    @DisplayName("Part-time (18.5 h) social worker in weekly group casework gets the same 4–6 week 1:1 as full-time")
    void partTimeSocialWorkerInGroupCaseworkGetsSameMinimumAsFullTime() {
      List<Row> partTime = minimumFrequencyFor(
          staff("SOCIAL_WORKER").inWeek(30).working(PART_TIME_HOURS).withWeeklyGroupCasework());
      List<Row> fullTime = minimumFrequencyFor(
          staff("SOCIAL_WORKER").inWeek(30).working(FULL_TIME_HOURS).withWeeklyGroupCasework());

      assertThat(partTime).containsExactly(new Row(MANAGEMENT, 42, 28)).isEqualTo(fullTime);
    }

    @Test
    @DisplayName("Social worker whose contracted hours are not recorded still gets the default monthly minimum")
    void unknownHoursStillGetDefaultMinimum() {
      assertThat(minimumFrequencyFor(staff("SOCIAL_WORKER").inWeek(30).working(null)))
          .containsExactly(new Row(MANAGEMENT, 28, 28));
    }
  }

  @Nested
  @DisplayName("Peer workers")
  class PeerWorkers {

    @Test
    @DisplayName("Peer worker in week 3 gets exactly two rows: line management every 4–6 weeks and peer supervision every 6–8 weeks")
    void peerWorkerInWeekThreeGetsManagementAndPeerSupervision() {
      DmnDecisionResult result = evaluateMinimumFrequency(staff("PEER_WORKER").inWeek(3));

      assertThat(result.getResultList()).hasSize(2);
      assertThat(rows(result)).containsExactly(
          new Row(MANAGEMENT, 42, 28),
          new Row(PEER, 56, 42));
    }

    @Test
    @DisplayName("Peer worker who started on 2026-09-07 still has regular peer supervision on 2027-03-07 (week 25)")
    void regularPeerSupervisionUntilSixMonths() {
      StaffMember peerWorker = staff("PEER_WORKER").startedOn(ASYE_START).on(LocalDate.of(2027, 3, 7));

      assertThat(peerWorker.weeksSinceStart()).isEqualTo(25);
      assertThat(minimumFrequencyFor(peerWorker)).containsExactly(
          new Row(MANAGEMENT, 42, 28),
          new Row(PEER, 56, 42));
    }

    @Test
    @DisplayName("Peer worker who started on 2026-09-07 has peer supervision on request only from 2027-03-08 (week 26)")
    void peerSupervisionOnRequestAfterSixMonths() {
      StaffMember peerWorker = staff("PEER_WORKER").startedOn(ASYE_START).on(LocalDate.of(2027, 3, 8));

      assertThat(peerWorker.weeksSinceStart()).isEqualTo(26);
      DmnDecisionResult result = evaluateMinimumFrequency(peerWorker);

      assertThat(result.getResultList()).hasSize(2);
      assertThat(rows(result)).containsExactly(
          new Row(MANAGEMENT, 42, 28),
          new Row(PEER, null, null));
      // "on request only" is an explicit null, not a missing result key
      Map<String, Object> peerRow = result.getResultList().get(1);
      assertThat(peerRow)
          .containsEntry("supervisionType", PEER)
          .containsEntry("maximumIntervalDays", null)
          .containsEntry("proposedIntervalDays", null);
    }

    @Test
    @DisplayName("Peer worker keeps line-management supervision every 4–6 weeks however long they have been in post")
    void lineManagementSupervisionAtAnyTime() {
      assertThat(minimumFrequencyFor(staff("PEER_WORKER").inWeek(0))).first().isEqualTo(new Row(MANAGEMENT, 42, 28));
      assertThat(minimumFrequencyFor(staff("PEER_WORKER").inWeek(300))).first().isEqualTo(new Row(MANAGEMENT, 42, 28));
    }

    @Test
    @DisplayName("Peer worker's frequency ignores group casework, complexity and contracted hours")
    void peerWorkerIgnoresOtherInputs() {
      StaffMember peerWorker = staff("PEER_WORKER").inWeek(10).working(PART_TIME_HOURS)
          .withWeeklyGroupCasework().withComplexOrHighRiskCaseload();

      assertThat(minimumFrequencyFor(peerWorker)).containsExactly(
          new Row(MANAGEMENT, 42, 28),
          new Row(PEER, 56, 42));
    }
  }

  @Nested
  @DisplayName("Other staff and unknown categories")
  class OtherStaff {

    @Test
    @DisplayName("Other staff are supervised every 4–6 weeks (form proposes every 4 weeks)")
    void otherStaffEveryFourToSixWeeks() {
      DmnDecisionResult result = evaluateMinimumFrequency(staff("OTHER_STAFF").inWeek(12));

      assertThat(result.getResultList()).hasSize(1);
      assertThat(result.getSingleResult().getEntryMap())
          .containsEntry("supervisionType", MANAGEMENT)
          .containsEntry("maximumIntervalDays", 42)
          .containsEntry("proposedIntervalDays", 28);
    }

    @Test
    @DisplayName("Other staff keep the same frequency in week 0, with group casework, complex work or part-time hours")
    void otherStaffIgnoreOtherInputs() {
      assertThat(minimumFrequencyFor(staff("OTHER_STAFF").inWeek(0))).containsExactly(new Row(MANAGEMENT, 42, 28));
      assertThat(minimumFrequencyFor(staff("OTHER_STAFF").inWeek(80).working(PART_TIME_HOURS)
          .withWeeklyGroupCasework().withComplexOrHighRiskCaseload()))
          .containsExactly(new Row(MANAGEMENT, 42, 28));
    }

    @ParameterizedTest(name = "Unknown staff category \"{0}\" gives no rows")
    @NullAndEmptySource
    @ValueSource(strings = {"STUDENT", "asye", "Social Worker", "PEER"})
    void unknownCategoryGivesNoRows(String category) {
      DmnDecisionResult result = evaluateMinimumFrequency(staff(category).inWeek(3));

      assertThat(result.getResultList()).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Direct observations of practice per year (FIRST)
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Direct observations of practice per year")
  class DirectObservations {

    @Test
    @DisplayName("ASYE has 4 direct observations of practice in the year")
    void asyeHasFour() {
      assertThat(directObservationsFor("ASYE")).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} has 2 direct observations of practice a year")
    @ValueSource(strings = {"SOCIAL_WORKER", "EXPERIENCED_SOCIAL_WORKER", "ADVANCED_PRACTITIONER"})
    void socialWorkersHaveTwo(String category) {
      assertThat(directObservationsFor(category)).isEqualTo(2);
    }

    @ParameterizedTest(name = "\"{0}\" has no required direct observations of practice")
    @NullAndEmptySource
    @ValueSource(strings = {"MANAGER", "PEER_WORKER", "OTHER_STAFF", "STUDENT"})
    void everyoneElseHasNone(String category) {
      assertThat(directObservationsFor(category)).isZero();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Interval to the next session (FIRST): the agreement and the policy minimum on the day
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("Interval to the next session")
  class IntervalToNextSession {

    @Test
    @DisplayName("ASYE agreed weekly at the policy minimum: weekly, then fortnightly from week 6, then every 4 weeks from week 26")
    void asyeAgreedAtThePolicyMinimumFollowsThePolicyAsTimeInPostGoesBy() {
      Agreement weekly = Agreement.management(7, 7);

      assertThat(intervalFor(weekly, policyFor(staff("ASYE").inWeek(5)))).isEqualTo(7);
      assertThat(intervalFor(weekly, policyFor(staff("ASYE").inWeek(6)))).isEqualTo(14);
      assertThat(intervalFor(weekly, policyFor(staff("ASYE").inWeek(26)))).isEqualTo(28);
    }

    @Test
    @DisplayName("ASYE agreed at sessions every 5 days, more often than the policy: every 5 days, whatever the week")
    void anAgreementMoreFrequentThanThePolicyKeepsItsOwnInterval() {
      Agreement everyFiveDays = Agreement.management(5, 7);

      assertThat(intervalFor(everyFiveDays, policyFor(staff("ASYE").inWeek(2)))).isEqualTo(5);
      assertThat(intervalFor(everyFiveDays, policyFor(staff("ASYE").inWeek(30)))).isEqualTo(5);
    }

    @Test
    @DisplayName("Management supervision of a category the policy has no row for: as agreed")
    void managementWithoutAPolicyMinimumIsAsAgreed() {
      assertThat(intervalFor(Agreement.management(21, null), null)).isEqualTo(21);
    }

    @Test
    @DisplayName("Peer supervision agreed at the policy's 8 weeks in week 3: every 8 weeks, then on request from week 26")
    void peerSupervisionAgreedAtThePolicyGoesOnRequestAfterSixMonths() {
      Agreement peer = Agreement.arrangement(PEER, 56, 56);

      assertThat(intervalFor(peer, peerPolicyFor(staff("PEER_WORKER").inWeek(25)))).isEqualTo(56);
      assertThat(intervalFor(peer, peerPolicyFor(staff("PEER_WORKER").inWeek(26)))).as("on request").isNull();
    }

    @Test
    @DisplayName("Peer supervision agreed every 6 weeks, more often than the policy: every 6 weeks, also after six months")
    void peerSupervisionAgreedMoreOftenIsKept() {
      Agreement peer = Agreement.arrangement(PEER, 42, 56);

      assertThat(intervalFor(peer, peerPolicyFor(staff("PEER_WORKER").inWeek(30)))).isEqualTo(42);
    }

    @Test
    @DisplayName("Professional supervision every 3 weeks (no policy minimum): every 3 weeks; none agreed: on request")
    void professionalSupervisionIsAsAgreed() {
      assertThat(intervalFor(Agreement.arrangement("PROFESSIONAL", 21, null), null)).isEqualTo(21);
      assertThat(intervalFor(Agreement.arrangement("PROFESSIONAL", null, null), null)).as("on request").isNull();
    }

    @Test
    @DisplayName("Supervisor added after signing: peer supervision at the policy minimum, clinical as often as management")
    void aSupervisorAddedAfterSigningWaitsForTheReview() {
      assertThat(intervalFor(Agreement.notCovering(PEER), peerPolicyFor(staff("PEER_WORKER").inWeek(3)))).isEqualTo(56);
      assertThat(intervalFor(Agreement.notCovering("CLINICAL"), null)).isEqualTo(28);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Deployability (checked on the model, because the standalone DMN engine does not enforce it)
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("All decisions have the hit policy and history time to live Camunda 7.24 needs to deploy them")
  void decisionsAreDeployable() {
    DmnModelInstance model = Dmn.readModelFromFile(DMN_FILE.toFile());

    assertThat(model.getDefinitions().getId()).isEqualTo("supervision-frequency");
    Map<String, Decision> decisions = model.getModelElementsByType(Decision.class).stream()
        .collect(Collectors.toMap(Decision::getId, Function.identity()));
    assertThat(decisions).containsOnlyKeys("minimumSupervisionFrequency", "directObservationsPerYear",
        "nextSessionInterval");
    assertThat(decisions.values())
        .extracting(Decision::getCamundaHistoryTimeToLiveString)
        .containsOnly("P2190D");
    assertThat(hitPolicyOf(decisions.get("minimumSupervisionFrequency"))).isEqualTo(HitPolicy.COLLECT);
    assertThat(hitPolicyOf(decisions.get("directObservationsPerYear"))).isEqualTo(HitPolicy.FIRST);
    assertThat(hitPolicyOf(decisions.get("nextSessionInterval"))).isEqualTo(HitPolicy.FIRST);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /** One collected row of the minimum-frequency decision. */
  record Row(String supervisionType, Integer maximumIntervalDays, Integer proposedIntervalDays) {
  }

  /** The inputs of the minimum-frequency decision, built up fluently. */
  record StaffMember(String staffCategory, LocalDate startDate, long weeksSinceStart, Double hoursPerWeek,
                     boolean complexOrHighRisk, boolean groupCaseworkSupervision) {

    StaffMember inWeek(long weeks) {
      return new StaffMember(staffCategory, startDate, weeks, hoursPerWeek, complexOrHighRisk, groupCaseworkSupervision);
    }

    StaffMember startedOn(LocalDate start) {
      return new StaffMember(staffCategory, start, weeksSinceStart, hoursPerWeek, complexOrHighRisk,
          groupCaseworkSupervision);
    }

    /** Whole weeks from the start date to {@code date}, exactly as the process computes them. */
    StaffMember on(LocalDate date) {
      return inWeek(ChronoUnit.WEEKS.between(startDate, date));
    }

    StaffMember working(Double hours) {
      return new StaffMember(staffCategory, startDate, weeksSinceStart, hours, complexOrHighRisk,
          groupCaseworkSupervision);
    }

    StaffMember withComplexOrHighRiskCaseload() {
      return new StaffMember(staffCategory, startDate, weeksSinceStart, hoursPerWeek, true, groupCaseworkSupervision);
    }

    StaffMember withWeeklyGroupCasework() {
      return new StaffMember(staffCategory, startDate, weeksSinceStart, hoursPerWeek, complexOrHighRisk, true);
    }

    VariableMap variables() {
      return Variables.createVariables()
          .putValue("staffCategory", staffCategory)
          .putValue("weeksSinceStart", weeksSinceStart)
          .putValue("hoursPerWeek", hoursPerWeek)
          .putValue("complexOrHighRisk", complexOrHighRisk)
          .putValue("groupCaseworkSupervision", groupCaseworkSupervision);
    }
  }

  private static StaffMember staff(String staffCategory) {
    return new StaffMember(staffCategory, null, 0, FULL_TIME_HOURS, false, false);
  }

  private static DmnDecisionResult evaluateMinimumFrequency(StaffMember staffMember) {
    return dmnEngine.evaluateDecision(minimumSupervisionFrequency, staffMember.variables());
  }

  private static List<Row> minimumFrequencyFor(StaffMember staffMember) {
    return rows(evaluateMinimumFrequency(staffMember));
  }

  private static List<Row> rows(DmnDecisionResult result) {
    return result.getResultList().stream()
        .map(row -> new Row(
            (String) row.get("supervisionType"),
            (Integer) row.get("maximumIntervalDays"),
            (Integer) row.get("proposedIntervalDays")))
        .toList();
  }

  private static Integer directObservationsFor(String staffCategory) {
    DmnDecisionResult result = dmnEngine.evaluateDecision(directObservationsPerYear,
        Variables.createVariables().putValue("staffCategory", staffCategory));
    return result.getSingleResult().getSingleEntry();
  }

  /** What the session cycle knows of the agreement for one supervision type (management agreed monthly). */
  record Agreement(String supervisionType, boolean arrangementAgreed, Integer agreedIntervalDays,
                   Integer agreedPolicyIntervalDays) {

    static Agreement management(Integer agreedIntervalDays, Integer policyMinimumWhenAgreed) {
      return new Agreement(MANAGEMENT, true, agreedIntervalDays, policyMinimumWhenAgreed);
    }

    static Agreement arrangement(String type, Integer agreedIntervalDays, Integer policyMinimumWhenAgreed) {
      return new Agreement(type, true, agreedIntervalDays, policyMinimumWhenAgreed);
    }

    static Agreement notCovering(String type) {
      return new Agreement(type, false, null, null);
    }
  }

  /** The management row's maximum interval for this member of staff today. */
  private static Integer policyFor(StaffMember member) {
    return maximumIntervalOf(member, MANAGEMENT);
  }

  private static Integer peerPolicyFor(StaffMember member) {
    return maximumIntervalOf(member, PEER);
  }

  private static Integer maximumIntervalOf(StaffMember member, String type) {
    // a row with an empty interval (on request) is a null, which Optional cannot hold
    return minimumFrequencyFor(member).stream().filter(row -> row.supervisionType().equals(type))
        .findFirst().map(Row::maximumIntervalDays).orElse(null);
  }

  private static Integer intervalFor(Agreement agreement, Integer policyIntervalDays) {
    DmnDecisionResult result = dmnEngine.evaluateDecision(nextSessionInterval, Variables.createVariables()
        .putValue("supervisionType", agreement.supervisionType())
        .putValue("arrangementAgreed", agreement.arrangementAgreed())
        .putValue("agreedIntervalDays", agreement.agreedIntervalDays())
        .putValue("agreedPolicyIntervalDays", agreement.agreedPolicyIntervalDays())
        .putValue("policyIntervalDays", policyIntervalDays)
        .putValue("managementIntervalDays", 28));
    assertThat(result.getResultList()).as("exactly one rule decides").hasSize(1);
    return result.getSingleResult().getSingleEntry();
  }

  private static HitPolicy hitPolicyOf(Decision decision) {
    return ((DecisionTable) decision.getExpression()).getHitPolicy();
  }
}
