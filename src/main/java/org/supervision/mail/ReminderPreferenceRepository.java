package org.supervision.mail;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderPreferenceRepository extends JpaRepository<ReminderPreference, String> {
}
