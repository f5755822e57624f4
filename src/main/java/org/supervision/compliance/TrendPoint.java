package org.supervision.compliance;

import java.time.YearMonth;

/** One month of the trend, as the snapshots of that month add up for the scope. */
public record TrendPoint(YearMonth month, Figures figures) {
}
