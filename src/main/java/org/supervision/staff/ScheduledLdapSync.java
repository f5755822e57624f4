package org.supervision.staff;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled {@link LdapDirectorySync}, once per cluster like {@link NightlyIdentitySync}:
 * every node's scheduler fires, the node that takes the {@code ldap-directory-sync} lock runs
 * it. Kept at least 5 minutes, so a node whose clock is a little behind does not run it again.
 */
@Component
@ConditionalOnProperty(name = "supervision.directory.ldap.enabled", havingValue = "true")
class ScheduledLdapSync {

    static final String TRIGGERED_BY = "schedule";

    private final LdapDirectorySync sync;

    ScheduledLdapSync(LdapDirectorySync sync) {
        this.sync = sync;
    }

    // the organisation's time zone, not the server's (a container's is often UTC)
    @Scheduled(cron = "${supervision.directory.ldap.cron:0 0 1 * * *}", zone = "${supervision.time-zone:Europe/London}")
    @SchedulerLock(name = LdapDirectorySync.LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void run() {
        LockAssert.assertLocked();
        sync.sync(TRIGGERED_BY);
    }
}
