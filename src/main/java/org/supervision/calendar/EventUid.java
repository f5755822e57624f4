package org.supervision.calendar;

import java.net.URI;

/** A meeting's calendar UID: its key at the workspace's host, the same in invitations and feeds. */
final class EventUid {

    private EventUid() {
    }

    static String of(String meetingKey, String workspaceUrl) {
        String host = URI.create(workspaceUrl).getHost();
        return meetingKey + "@" + (host == null ? "localhost" : host);
    }
}
