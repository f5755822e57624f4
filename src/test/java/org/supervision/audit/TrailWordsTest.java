package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supervision.shared.UkDates;

/** The trail in an auditor's words, and the filters as they type them: no Spring, no engine. */
class TrailWordsTest {

    static final Instant AT = Instant.parse("2026-10-05T08:12:00Z");
    final TrailWords words = new TrailWords(Map.of("tnguyen", "Thanh Nguyen", "eclark", "Emily Clark"), "Emily Clark",
            new UkDates("Europe/London"));

    @Test
    void signaturesSayWhoSignedAndKeepTheTaskName() {
        TrailWords.Line line = words.line(new TimelineEntry(AT, "supervision-agreement", "1", "TASK_COMPLETED",
                "supervisorSigns", "Supervisor signs agreement", "tnguyen", null));

        assertThat(line.what()).isEqualTo("Emily Clark's supervisor signed the agreement");
        assertThat(line.who()).isEqualTo("Thanh Nguyen (tnguyen)");
        assertThat(line.details()).isEqualTo("Task completed: Supervisor signs agreement");
    }

    @Test
    void otherStepsInPlainWords() {
        assertThat(words.line(new TimelineEntry(AT, "p", "1", "TASK_COMPLETED", "draftAgreement", "Draft agreement",
                "tnguyen", null)).what()).isEqualTo("Task completed: Draft agreement");
        assertThat(words.line(new TimelineEntry(AT, "p", "1", "TASK_CANDIDATE_ADD", "reviewAgreement", "group hr", null,
                "Review agreement")).what()).isEqualTo("Task offered to the hr group: Review agreement");
        assertThat(words.line(new TimelineEntry(AT, "p", "1", "TASK_ASSIGNEE_ADD", "reviewAgreement", "eclark", "tnguyen",
                "Review agreement")).what()).isEqualTo("Task assigned to Emily Clark (eclark): Review agreement");
        assertThat(words.line(new TimelineEntry(AT, "p", "1", "TASK_CREATED", "x", "Book session", null,
                "due 2026-11-30T00:00:00Z")).details()).as("the midnight that ends the day").isEqualTo("Due by 29 November 2026");
        assertThat(words.line(new TimelineEntry(AT, null, "7", "RECORD_PASSWORD_INVITATION_SENT", "7", "PasswordLink",
                "system", "expires 2026-12-07T10:00:00Z; withdraws the earlier link")))
                .satisfies(sent -> {
                    assertThat(sent.what()).isEqualTo("Invitation to set a password e-mailed");
                    assertThat(sent.details()).isEqualTo("works until 7 December 2026 at 10:00; withdraws the earlier link");
                });
        assertThat(words.line(new TimelineEntry(AT, null, "t1", "RECORD_TASK_HANDED_OVER", "t1", "Task", "tnguyen",
                "\"Book session\" handed from Paul Jones (pjones) to Laura Wilson (lwilson)")))
                .satisfies(handed -> {
                    assertThat(handed.what()).isEqualTo("Task handed to another supervisor");
                    assertThat(handed.who()).isEqualTo("Thanh Nguyen (tnguyen)");
                    assertThat(handed.details()).contains("handed from Paul Jones (pjones) to Laura Wilson (lwilson)");
                });
        TrailWords.Line read = words.line(new TimelineEntry(AT, null, null, "RECORD_READ", "42", "SupervisionRecord",
                "someone", "need to know"));
        assertThat(read.what()).isEqualTo("Record read: supervision record");
        assertThat(read.who()).as("a login the directory does not know stays a login").isEqualTo("someone");
        assertThat(read.details()).isEqualTo("need to know (Reference 42)");
    }

    @Test
    void filtersReadUkDatesAndSayWhatIsWrong() {
        Map<String, String> processes = Map.of("agreement", "Supervision agreement");
        TrailFilter good = new TrailFilter("agreement", "5/10/2026", "12/10/2026", " tnguyen ", processes);
        assertThat(good.valid()).isTrue();
        assertThat(good.from).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(good.exportQuery("eclark", "tnguyen"))
                .isEqualTo("staffId=eclark&process=agreement&from=2026-10-05&to=2026-10-12&actor=tnguyen");

        TrailFilter bad = new TrailFilter("no-such", "31/02/2026", "1/1/2026", "", processes);
        assertThat(bad.process).as("an unknown process is ignored").isEmpty();
        assertThat(bad.problems).extracting(TrailFilter.Problem::field).containsExactly("from");
        assertThat(new TrailFilter("", "12/10/2026", "5/10/2026", "", processes).problems)
                .extracting(TrailFilter.Problem::message).containsExactly("To: the date must be the same as or after the From date");
    }
}
