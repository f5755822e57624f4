package org.supervision.compliance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly trend as a bar chart drawn on the server (SVG, no script): one bar per month,
 * the share of 1:1 sessions held on time. The page puts the same figures in a table beside it,
 * and the chart has a title and a description for screen readers.
 */
record TrendChart(List<Bar> bars, int width, int height, String description) {

    static final int PLOT_TOP = 10;
    static final int PLOT_HEIGHT = 160;
    static final int LEFT = 40;
    static final int BAR_STEP = 48;

    /** One month: where its bar is drawn, and its words. */
    record Bar(String month, String shortMonth, Integer percent, int x, int y, int barHeight, int labelX) {
    }

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    static TrendChart of(List<TrendPoint> trend) {
        List<Bar> bars = new ArrayList<>();
        StringBuilder description = new StringBuilder("Share of 1:1 sessions held on time each month: ");
        int index = 0;
        for (TrendPoint point : trend) {
            Integer percent = point.figures().onTimePercent();
            int barHeight = percent == null ? 0 : PLOT_HEIGHT * percent / 100;
            int x = LEFT + 8 + index * BAR_STEP;
            bars.add(new Bar(point.month().format(LONG), point.month().format(SHORT), percent, x,
                    PLOT_TOP + PLOT_HEIGHT - barHeight, barHeight, x + 16));
            description.append(index == 0 ? "" : "; ").append(point.month().format(LONG)).append(" ")
                    .append(percent == null ? "no session due" : percent + "%");
            index++;
        }
        description.append(".");
        return new TrendChart(bars, LEFT + 16 + Math.max(1, bars.size()) * BAR_STEP, PLOT_TOP + PLOT_HEIGHT + 40,
                description.toString());
    }

    int axisBottom() {
        return PLOT_TOP + PLOT_HEIGHT;
    }

    public int getAxisBottom() {
        return axisBottom();
    }

    public int getAxisMiddle() {
        return PLOT_TOP + PLOT_HEIGHT / 2;
    }

    public int getAxisTop() {
        return PLOT_TOP;
    }
}
