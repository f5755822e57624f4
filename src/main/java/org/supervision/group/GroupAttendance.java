package org.supervision.group;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One member's attendance at one group: sessions held while they were a member and recorded,
 * counted per calendar month, and the dates attended and missed. Dates and counts only.
 *
 * @param countsTowardsOneToOne weekly group casework, which the policy lets reduce 1:1 supervision
 *                              to every 4-6 weeks
 */
record GroupAttendance(Long groupId, String groupName, GroupKind kind, GroupMeets meets, boolean countsTowardsOneToOne,
                       int held, int attended, List<Month> months, List<LocalDate> attendedOn, List<LocalDate> missedOn) {

    record Month(YearMonth month, int held, int attended, int missed) {
    }

    /** {@code attendance}: held on, attended, for each recorded session of this group the member was marked on. */
    static GroupAttendance of(SupervisionGroup group, Map<LocalDate, Boolean> attendance) {
        Map<YearMonth, int[]> perMonth = new TreeMap<>();
        attendance.forEach((day, attended) -> {
            int[] counts = perMonth.computeIfAbsent(YearMonth.from(day), m -> new int[2]);
            counts[0]++;
            if (attended) {
                counts[1]++;
            }
        });
        List<Month> months = perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1]))
                .toList();
        List<LocalDate> attendedOn = attendance.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .sorted().toList();
        List<LocalDate> missedOn = attendance.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .sorted().toList();
        return new GroupAttendance(group.getId(), group.getName(), group.getKind(), group.getMeets(),
                group.isWeeklyGroupCasework(), attendance.size(), attendedOn.size(), months, attendedOn, missedOn);
    }
}
