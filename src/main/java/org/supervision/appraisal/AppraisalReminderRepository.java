package org.supervision.appraisal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppraisalReminderRepository extends JpaRepository<AppraisalReminder, Long> {

    List<AppraisalReminder> findBySubjectAndSubjectIdOrderByIdAsc(AppraisalReminder.Subject subject, Long subjectId);
}
