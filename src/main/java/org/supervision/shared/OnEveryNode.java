package org.supervision.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} job that runs on every node on purpose, instead of once per
 * cluster under a {@code @SchedulerLock}: it only reads, and what it finds is that node's own
 * report (e.g. a gauge each node exports). The reason is required, so that nobody adds one
 * without saying why.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnEveryNode {

    String reason();
}
