package org.supervision.shared;

import java.util.Optional;

/**
 * A member of staff's name from their staff id, for showing whom something is about (a
 * task's name in Tasklist). Names only: nothing else about the person.
 */
public interface StaffNames {

    /** Empty when the id names nobody in the staff directory. */
    Optional<String> nameOf(String staffId);
}
