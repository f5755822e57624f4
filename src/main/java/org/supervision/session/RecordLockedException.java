package org.supervision.session;

import org.supervision.shared.ConflictingChangeException;

/** A session record is changed only by a new version; this is the refusal of anything else. */
public class RecordLockedException extends ConflictingChangeException {

    RecordLockedException(SessionRecord record, String why) {
        super("Record " + record.getId() + " (version " + record.getRecordVersion() + ") is " + record.getStatus()
                + " and cannot be changed: " + why);
    }
}
