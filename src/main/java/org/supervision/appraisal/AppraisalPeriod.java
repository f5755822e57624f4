package org.supervision.appraisal;

/** The six-monthly formal cycle (004 §4, §18): mid-year in September, end-of-year in March. */
public enum AppraisalPeriod {
    MID_YEAR, END_OF_YEAR
}
