package org.supervision.compliance;

import java.time.YearMonth;

/**
 * One month of the trend, as the snapshots of that month add up for the scope.
 *
 * @param groupCaseworkKept whether that month's snapshot kept weekly group casework (months
 *                          stored before it was kept have no figure for it, rather than 0)
 */
public record TrendPoint(YearMonth month, Figures figures, boolean groupCaseworkKept) {
}
