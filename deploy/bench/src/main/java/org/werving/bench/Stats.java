package org.werving.bench;

import java.util.Arrays;

/** Percentiles of a set of durations in nanoseconds, printed in milliseconds. */
final class Stats {
    private final long[] sorted;

    Stats(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    double millis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String p50p95p99() {
        return sorted.length == 0 ? "no samples"
                : String.format("%s / %s / %s ms", ms(millis(50)), ms(millis(95)), ms(millis(99)));
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%.0f", millis) : String.format("%.1f", millis);
    }

    static String rate(double perSecond) {
        return perSecond >= 100 ? String.format("%.0f/s", perSecond) : String.format("%.1f/s", perSecond);
    }
}
