package org.supervision.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.supervision.shared.CsvExport;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The CPD log of each member of staff and its CSV export for HCPC re-registration. */
@Component
public class CpdLog {

    static final String[] CSV_HEADER = {"date", "activity", "category", "hours", "reflection", "evidence_link",
            "training_request_id", "recorded_by"};

    private final CpdEntryRepository entries;
    private final SupervisionClock clock;

    CpdLog(CpdEntryRepository entries, SupervisionClock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public List<CpdEntry> of(String staffId) {
        return entries.findByStaffIdOrderByActivityDateAscIdAsc(staffId);
    }

    /** An activity the staff member records themselves: reading, e-learning, a webinar, ... */
    @Transactional
    public CpdEntry add(String staffId, String recordedBy, Map<String, Object> body) {
        String activity = text(body, "activity", 300, true);
        String categoryText = text(body, "category", 30, false);
        TrainingCategory category;
        try {
            category = categoryText == null ? TrainingCategory.OTHER : TrainingCategory.valueOf(categoryText);
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("category", "must be one of " + List.of(TrainingCategory.values()) + ", not '" + categoryText + "'");
        }
        String dateText = text(body, "date", 30, true);
        LocalDate date = FormInput.parseDay(dateText).orElseThrow(() -> new TaskInputException("date", FormInput.notADate(dateText)));
        if (date.isAfter(clock.today())) {
            throw new TaskInputException("date", date + " is in the future: record activities once done");
        }
        String hoursText = text(body, "hours", 30, true);
        BigDecimal hours;
        try {
            hours = new BigDecimal(hoursText);
        } catch (NumberFormatException e) {
            throw new TaskInputException("hours", "'" + hoursText + "' is not a number");
        }
        if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("500")) > 0 || hours.scale() > 2) {
            throw new TaskInputException("hours", "must be more than 0 and at most 500 with at most 2 decimals, not " + hoursText);
        }
        String reflection = text(body, "reflection", FormInput.MAX_TEXT, false);
        String evidence = TrainingRequests.evidenceLink(text(body, "evidenceLink", 1000, false));
        return entries.save(new CpdEntry(staffId, activity, category, date, hours, reflection, evidence, null,
                recordedBy, clock.now()));
    }

    private static String text(Map<String, Object> body, String field, int max, boolean required) {
        Object value = body == null ? null : body.get(field);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new TaskInputException(field, "is required");
            }
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > max) {
            throw new TaskInputException(field, "is " + text.length() + " characters long; at most " + max + " are allowed");
        }
        return text;
    }

    public String csv(String staffId) {
        CsvExport csv = CsvExport.withHeader(CSV_HEADER);
        for (CpdEntry entry : of(staffId)) {
            csv.row(entry.getActivityDate(), entry.getActivity(), entry.getCategory(),
                    entry.getHours().stripTrailingZeros().toPlainString(), entry.getReflection(),
                    entry.getEvidenceLink(), entry.getTrainingRequestId(), entry.getRecordedBy());
        }
        return csv.toCsv();
    }
}
