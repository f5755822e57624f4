package org.supervision.calendar;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supervision.staff.StaffLeft;

/**
 * A leaver's calendar feed ends with their employment: the address is a credential that
 * works without a login, so it must not outlive the person's account. Removed when the
 * staff directory processes the leaving (the day after the last working day).
 */
@Component
class LeaverFeedRevocation {

    private final CalendarFeeds feeds;

    LeaverFeedRevocation(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @EventListener
    void onStaffLeft(StaffLeft left) {
        feeds.stopForLeaver(left.staffId(), left.leftOn());
    }
}
