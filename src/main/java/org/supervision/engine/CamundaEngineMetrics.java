package org.supervision.engine;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda 7's own engine metrics, exposed to Micrometer (and so on /actuator/prometheus).
 *
 * <p>Counters ({@code camunda_<metric>_total}, e.g. {@code camunda_job_failed_total}) are
 * the engine's built-in metrics ({@link Metrics}) of <em>this node</em>: the engine counts in
 * memory and writes the counts to ACT_RU_METER_LOG under its reporter id (the host name) every
 * 15 minutes; the engine's metrics query for one metric adds the count not yet written, so the
 * sum for this node's reporter is current. Sum them over pods
 * ({@code sum(rate(camunda_job_failed_total[1h]))}). A pod that restarts with another address
 * gets another reporter id and starts again from 0, which Prometheus treats as a counter reset.
 *
 * <p>Gauges are live and cluster-wide (every pod reports the same database figure, so take
 * {@code max}, not {@code sum}): open incidents, jobs whose retries are used up, and jobs
 * that are due and wait for (or are in) the job executor. Alert on these.
 *
 * <p>Nothing is cached: each scrape runs one small query per meter (indexed sums and counts),
 * which is acceptable at a scrape interval of tens of seconds. The queries run without a
 * Camunda authentication (actuator requests never pass Camunda's filters), so they see the
 * whole engine; reading them requires the metrics login (ActuatorSecurityConfig). When the
 * database cannot be read a meter reports NaN instead of failing the whole scrape.
 *
 * <p>Uses engine internals to read the job executor's state (no public API has it). After
 * a Camunda upgrade: run {@code ActuatorEndpointsTest}, which reads every meter.
 */
@Component
class CamundaEngineMetrics implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaEngineMetrics.class);

    /** Engine metrics exposed as counters; the Micrometer name is "camunda." + the id with dots. */
    static final List<String> COUNTED = List.of(
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_EXECUTION_REJECTED,
            Metrics.JOB_SUCCESSFUL,
            Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE,
            Metrics.ROOT_PROCESS_INSTANCE_START,
            Metrics.ACTIVTY_INSTANCE_START, // sic: the constant's name has the typo
            Metrics.EXECUTED_DECISION_INSTANCES,
            Metrics.EXECUTED_DECISION_ELEMENTS,
            Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES,
            Metrics.HISTORY_CLEANUP_REMOVED_DECISION_INSTANCES,
            Metrics.HISTORY_CLEANUP_REMOVED_BATCH_OPERATIONS);

    private final ProcessEngine engine;

    CamundaEngineMetrics(ProcessEngine engine) {
        this.engine = engine;
    }

    static String meterName(String engineMetric) {
        return "camunda." + engineMetric.replace('-', '.');
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ManagementService management = engine.getManagementService();
        RuntimeService runtime = engine.getRuntimeService();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // the id this node's DbMetricsReporter writes its rows under (ProcessEngineImpl sets it from the host name)
        String reporter = configuration.getHostname();

        for (String metric : COUNTED) {
            FunctionCounter.builder(meterName(metric), management,
                            m -> read(metric, () -> m.createMetricsQuery().name(metric).reporter(reporter).sum()))
                    .description("Camunda engine metric '" + metric + "' counted by this node (ACT_RU_METER_LOG plus the count not yet written)")
                    .register(registry);
        }

        Gauge.builder("camunda.incidents.open", runtime, r -> read("incidents", () -> r.createIncidentQuery().count()))
                .description("Open incidents in the engine (all nodes): failed jobs and routing problems waiting for an operator in Cockpit")
                .register(registry);
        Gauge.builder("camunda.jobs.no.retries", management,
                        m -> read("jobs without retries", () -> m.createJobQuery().noRetriesLeft().count()))
                .description("Jobs whose retries are used up (all nodes); each normally has an incident")
                .register(registry);
        Gauge.builder("camunda.jobs.executable", management,
                        m -> read("executable jobs", () -> m.createJobQuery().executable().active().count()))
                .description("Active jobs that are due and have retries left (all nodes): waiting for or being run by a job executor")
                .register(registry);
        Gauge.builder("camunda.job.executor.active", configuration, c -> {
                    JobExecutor executor = c.getJobExecutor();
                    return executor != null && executor.isActive() ? 1 : 0;
                })
                .description("1 when this node's job executor is running, 0 when it is off")
                .register(registry);
    }

    private static double read(String what, LongSupplier query) {
        try {
            return query.getAsLong();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read Camunda metric {}: {}", what, e.toString());
            return Double.NaN;
        }
    }
}
