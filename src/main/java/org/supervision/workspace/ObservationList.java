package org.supervision.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.observation.DirectObservation;
import org.supervision.observation.DirectObservationRepository;
import org.supervision.observation.ObservationStatus;
import org.supervision.shared.StaffNames;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's direct observations of practice for the observation year running today, for the
 * supervisee page and "My supervision": how many are done against how many are required, and
 * for each its planned date, booking, observer and signatures. Dates, names and statuses only:
 * what was observed and the reflection are never in the list.
 */
@Component
class ObservationList {

    /** {@code summary}: "1 of 4 done this year", with the year's dates; {@code rows} oldest first. */
    record View(String summary, String year, List<Row> rows) {
    }

    /** One observation in words; {@code overdue}: not booked by its planned date and still not booked. */
    record Row(String title, LocalDate plannedBy, String status, String observer, boolean overdue) {
    }

    private final DirectObservationRepository observations;
    private final RecordAccessPolicy access;
    private final StaffNames names;
    private final SupervisionClock clock;
    private final UkDates dates;

    ObservationList(DirectObservationRepository observations, RecordAccessPolicy access, StaffNames names,
                    SupervisionClock clock, UkDates dates) {
        this.observations = observations;
        this.access = access;
        this.names = names;
        this.clock = clock;
        this.dates = dates;
    }

    /** Empty when no observation year has been planned for the person. */
    @Transactional(readOnly = true)
    Optional<View> of(String viewerId, String staffId) {
        access.check(viewerId, staffId, "direct observations, dates only");
        List<DirectObservation> all = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc(staffId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        // the year running today; after it ended and before the next is planned, the last one
        LocalDate yearStart = all.stream().map(DirectObservation::getYearStartsOn).filter(start -> !start.isAfter(today))
                .reduce((first, second) -> second).orElse(all.get(0).getYearStartsOn());
        List<DirectObservation> year = all.stream().filter(o -> o.getYearStartsOn().equals(yearStart)).toList();
        long done = year.stream().filter(o -> o.getStatus() == ObservationStatus.SIGNED).count();
        int required = year.get(0).getRequiredInYear();
        List<Row> rows = new ArrayList<>();
        for (DirectObservation o : year) {
            rows.add(new Row("Observation " + o.getSequenceInYear() + " of " + required, o.getPlannedBy(), status(o),
                    o.getObserverId() == null ? "Chosen by the supervisor at booking" : name(o.getObserverId()),
                    o.isOverdue() && o.getStatus() == ObservationStatus.PLANNED));
        }
        return Optional.of(new View(done + " of " + required + " done this year",
                "Observation year " + dates.day(yearStart) + " to " + dates.day(yearStart.plusYears(1).minusDays(1))
                        + ". An observation is done once its feedback has been discussed at a supervision session"
                        + " and signed by the supervisor and the worker.", rows));
    }

    private String status(DirectObservation o) {
        return switch (o.getStatus()) {
            case PLANNED -> o.isOverdue() ? "Not booked by its planned date" : "Planned, not booked yet";
            case BOOKED -> "Booked for " + dates.dateTime(o.getBookedAt());
            case RECORDED -> "Observed on " + dates.day(o.getHeldOn()) + "; waiting for the worker's reflection";
            case REFLECTED -> "Observed on " + dates.day(o.getHeldOn()) + "; feedback to discuss at the next supervision session";
            case DISCUSSED -> "Feedback discussed and signed by " + name(o.getSupervisorSignedBy()) + " on "
                    + dates.day(o.getSupervisorSignedAt()) + "; waiting for the worker's signature";
            case SIGNED -> "Done: signed by both on " + dates.day(o.getWorkerSignedAt());
        };
    }

    private String name(String userId) {
        return userId == null ? "" : names.nameOf(userId).orElse(userId);
    }
}
