package org.supervision.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.supervision.mail.ReminderKind;
import org.supervision.mail.ReminderMail;
import org.supervision.mail.ReminderPreferences;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMemberRepository;

/**
 * One mail a week to each line manager listing everything overdue in the area they manage
 * (everyone below them in line management), on the weekday they chose (Monday unless they
 * chose another). Nothing overdue, no mail. The mail names each task or session, the person it
 * is about, who has to act and since when, and links to the workspace; it never quotes a
 * record. Sent once per manager and day ({@code digest:<manager>:<date>}).
 */
@Component
class WeeklyDigest {

    private final OverdueInArea overdue;
    private final ReminderMail mail;
    private final ReminderPreferences preferences;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;
    private final UkDates dates;

    WeeklyDigest(OverdueInArea overdue, ReminderMail mail, ReminderPreferences preferences, StaffMemberRepository staff,
                 SupervisionClock clock, UkDates dates) {
        this.overdue = overdue;
        this.mail = mail;
        this.preferences = preferences;
        this.staff = staff;
        this.clock = clock;
        this.dates = dates;
    }

    /** Sends today's digests; returns how many left. */
    int sendToday() {
        LocalDate today = clock.today();
        People people = new People(staff.findAll(), today);
        List<OverdueItem> items = null;
        int sent = 0;
        for (String manager : people.lineManagers()) {
            if (preferences.of(manager).digestDay() != today.getDayOfWeek()) {
                continue;
            }
            if (items == null) {
                items = overdue.today(people);
            }
            Set<String> area = people.areaOf(manager);
            List<OverdueItem> mine = items.stream()
                    .filter(item -> area.contains(item.subjectId()) || area.contains(item.holderId())).toList();
            if (!mine.isEmpty() && mail.sendOnce("digest:" + manager + ":" + today, ReminderKind.WEEKLY_DIGEST, manager,
                    subject(mine.size()), text(people.name(manager), mine, today))) {
                sent++;
            }
        }
        return sent;
    }

    private static String subject(int count) {
        return "Weekly digest: " + count + (count == 1 ? " thing" : " things") + " overdue in your area";
    }

    private String text(String managerName, List<OverdueItem> items, LocalDate today) {
        StringBuilder text = new StringBuilder("Dear ").append(managerName).append(",\n\nOn ").append(dates.day(today))
                .append(" these are overdue for people you line-manage, directly or through their managers:\n\n");
        for (OverdueItem item : items) {
            text.append("- ").append(item.what()).append(" (due ").append(dates.day(item.dueOn())).append(")\n");
        }
        return text.append("\nThe details, and who to follow up with, are in the supervision workspace under \"My teams\":\n\n")
                .append(mail.workspaceUrl()).append("teams").toString();
    }
}
