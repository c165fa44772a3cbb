package org.zenome.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Turnaround over cases: median and distribution of days from receipt to report (reported cases) and the
 * number of cases over the target.
 */
public record TurnaroundStats(int cases, int reported, Double medianDaysToReport, Double medianDaysToSignOff,
                              long minDaysToReport, long maxDaysToReport, int overdue, int targetDays) {
    /** Default target from receipt to report, in days (4 weeks). */
    public static final int DEFAULT_TARGET_DAYS = 28;

    public static TurnaroundStats of(List<Turnaround> rows, LocalDate today, int targetDays) {
        List<Long> toReport = rows.stream().map(Turnaround::daysToReport).filter(x -> x != null).sorted().toList();
        List<Long> toSign = rows.stream().map(Turnaround::daysToSignOff).filter(x -> x != null).sorted().toList();
        int overdue = (int) rows.stream().filter(t -> t.overdue(today, targetDays)).count();
        return new TurnaroundStats(rows.size(), toReport.size(), median(toReport), median(toSign),
                toReport.isEmpty() ? 0 : toReport.get(0), toReport.isEmpty() ? 0 : toReport.get(toReport.size() - 1),
                overdue, targetDays);
    }

    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Buckets of days to report for a histogram: counts per {@code width}-day bin, starting at 0. */
    public static int[] histogram(List<Turnaround> rows, int width, int bins) {
        int[] counts = new int[bins];
        for (Turnaround t : rows) {
            Long d = t.daysToReport();
            if (d != null) {
                counts[(int) Math.min(bins - 1, Math.max(0, d / width))]++;
            }
        }
        return counts;
    }

    /** English one-liner for the command line. */
    public String describe() {
        return String.format(Locale.ROOT, "%d cases, %d reported; median days to report %s (range %d-%d), "
                + "median days to sign-off %s; %d over the %d-day target", cases, reported,
                medianDaysToReport == null ? "-" : String.format(Locale.ROOT, "%.1f", medianDaysToReport),
                minDaysToReport, maxDaysToReport,
                medianDaysToSignOff == null ? "-" : String.format(Locale.ROOT, "%.1f", medianDaysToSignOff), overdue,
                targetDays);
    }
}
