package org.supervision.staff;

import org.supervision.shared.OnEveryNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.context.ApplicationContext;
import org.supervision.support.IntegrationTest;

/**
 * The nightly identity sync runs once however many nodes fire it at the same moment. Two
 * threads stand for two nodes here: the lock is a row in the database, so threads of one
 * node and nodes of a cluster meet it alike (ClusterPostgresIT runs it on two nodes).
 */
@IntegrationTest
class NightlyIdentitySyncTest {

    @Autowired NightlyIdentitySync nightly;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired List<ScheduledTaskHolder> schedulers;
    @Autowired ApplicationContext context;

    @Test
    void twoNodesFiringAtTheSameMomentSyncOnce() throws Exception {
        // as if the previous night's lock had expired
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", NightlyIdentitySync.LOCK);
        // something for the sync to put right: Ruth Khan is active, so she belongs in the staff group
        identity.deleteMembership("rkhan", "staff");
        double before = runs();

        List<Throwable> failures = runTogether(2, nightly::run);

        assertThat(failures).isEmpty();
        assertThat(identity.createUserQuery().memberOfGroup("staff").userId("rkhan").count())
                .as("the sync ran").isEqualTo(1);
        assertThat(runs() - before).as("and ran once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ? and lock_until > locked_at"
                + " + interval '4' minute", Integer.class, NightlyIdentitySync.LOCK))
                .as("held for at least 5 minutes: a node whose clock is behind skips it too").isEqualTo(1);
    }

    @Test
    void everyScheduledJobRunsOncePerClusterAndTheSyncIsTheNightlyOne() {
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name) == null ? Object.class : ClassUtils.getUserClass(context.getType(name));
            if (type.getPackageName().startsWith("org.supervision")) {
                ReflectionUtils.doWithMethods(type, method -> {
                    if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)
                            && !AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)
                            && !AnnotatedElementUtils.hasAnnotation(method, OnEveryNode.class)) {
                        unlocked.add(type.getSimpleName() + "." + method.getName());
                    }
                });
            }
        }
        assertThat(unlocked).as("scheduled jobs that would run on every node: give them a @SchedulerLock,"
                + " or say why with @OnEveryNode").isEmpty();

        List<String> cronJobs = new ArrayList<>();
        schedulers.forEach(holder -> holder.getScheduledTasks().forEach(task -> {
            if (task.getTask() instanceof CronTask cron) {
                cronJobs.add(cron + " " + cron.getExpression());
            }
        }));
        assertThat(cronJobs).contains(NightlyIdentitySync.class.getName() + ".run 0 15 1 * * *");
    }

    private static List<Throwable> runTogether(int nodes, Runnable job) throws Exception {
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            runs.add(pool.submit(() -> {
                together.await();
                job.run();
                return null;
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> run : runs) {
            try {
                run.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        return failures;
    }

    private double runs() {
        return meters.get("supervision.identity.sync.nightly").timer().count();
    }
}
