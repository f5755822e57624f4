package org.supervision.appraisal;

/** The six-monthly formal cycle: mid-year in September, end-of-year in March. */
public enum AppraisalPeriod {
    MID_YEAR, END_OF_YEAR
}
