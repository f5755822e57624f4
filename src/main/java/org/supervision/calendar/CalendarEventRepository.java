package org.supervision.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarEventRepository extends JpaRepository<CalendarEvent, String> {
}
