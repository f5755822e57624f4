package org.supervision.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The learning needs group sessions identified for one member, one per line as the facilitator
 * wrote them, for that member's learning and development plan.
 */
@Component
public class GroupLearningNeeds {

    /** {@code ref}: stable per member record and line, so a need is collected once. */
    public record Need(String ref, String description, java.time.LocalDate identifiedOn) {
    }

    private final GroupSessionMemberRepository members;
    private final GroupSessionRepository sessions;

    GroupLearningNeeds(GroupSessionMemberRepository members, GroupSessionRepository sessions) {
        this.members = members;
        this.sessions = sessions;
    }

    public List<Need> of(String staffId) {
        List<GroupSessionMember> marked = members.findByStaffIdOrderByIdAsc(staffId).stream()
                .filter(m -> m.getLearningNeeds() != null).toList();
        Map<Long, GroupSession> byId = sessions.findByIdIn(marked.stream().map(GroupSessionMember::getGroupSessionId)
                .toList()).stream().collect(Collectors.toMap(GroupSession::getId, Function.identity()));
        List<Need> needs = new ArrayList<>();
        for (GroupSessionMember member : marked) {
            String[] lines = member.getLearningNeeds().split("\\R");
            for (int line = 0; line < lines.length; line++) {
                if (!lines[line].isBlank()) {
                    needs.add(new Need(member.getId() + "-" + (line + 1), lines[line].strip(),
                            byId.get(member.getGroupSessionId()).getHeldOn()));
                }
            }
        }
        return needs;
    }
}
