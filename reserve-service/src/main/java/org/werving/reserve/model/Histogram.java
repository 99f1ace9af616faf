package org.werving.reserve.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A histogram of durations (hours in a stage, days to hire) with the fixed buckets of the dashboard's
 * pre-aggregates (db/migration V7, {@code dash_bucket}): eight per doubling. Bucket 0 holds v &lt; 1; bucket k
 * (1..126) holds 2^((k-1)/8) &lt;= v &lt; 2^(k/8); bucket 127 everything from 2^(126/8) (about 55,000).
 *
 * <p>The median and p90 are read as PostgreSQL's {@code percentile_cont} reads them (the values at ranks
 * floor and ceil of p·(n−1), linearly interpolated), with each rank's value estimated inside its bucket as if the
 * bucket's values were spread evenly. Resolution: for values from 1 to 55,000 the estimate lies in the same bucket
 * as the exact value, so it is off by less than one bucket's width, 9.05 % of the bucket's lower edge; below 1
 * it is within [0, 1). Where exactness is cheap the caller takes the exact value instead (see
 * {@link #EXACT_UP_TO}).
 */
public final class Histogram {
    /** Groups with at most this many measured values get the exact percentile from their rows. */
    public static final int EXACT_UP_TO = 100;
    public static final int PER_DOUBLING = 8;
    public static final int LAST = 127;
    private static final long COUNT_MASK = 0xFFFF_FFFFL;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    /** Adds the stored entries (bucket · 2^32 + count, as {@code dash_hist_add} keeps them). */
    public Histogram add(Long[] entries) {
        if (entries != null) {
            for (Long e : entries) {
                if (e != null) {
                    add((int) (e >>> 32), e & COUNT_MASK);
                }
            }
        }
        return this;
    }

    public Histogram add(int bucket, long count) {
        counts.merge(bucket, count, Long::sum);
        total += count;
        return this;
    }

    public long total() {
        return total;
    }

    /** The bucket a value falls in, the same as SQL's dash_bucket (for tests and documentation). */
    public static int bucket(double value) {
        if (value < 1) {
            return 0;
        }
        return (int) Math.min(1 + Math.floor(PER_DOUBLING * Math.log(value) / Math.log(2)), LAST);
    }

    static double lower(int bucket) {
        return bucket == 0 ? 0 : Math.pow(2, (bucket - 1) / (double) PER_DOUBLING);
    }

    static double upper(int bucket) {
        return Math.pow(2, bucket / (double) PER_DOUBLING);
    }

    /** percentile_cont(p) as estimated from the buckets; null when nothing was measured. */
    public Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        double position = p * (total - 1);
        long first = (long) Math.floor(position);
        long second = (long) Math.ceil(position);
        double low = valueAt(first);
        double high = second == first ? low : valueAt(second);
        return low + (high - low) * (position - first);
    }

    /** The value at a rank (0-based), placed evenly inside its bucket. */
    private double valueAt(long rank) {
        long before = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            long count = e.getValue();
            if (rank < before + count) {
                int b = e.getKey();
                return lower(b) + (upper(b) - lower(b)) * (rank - before + 0.5) / count;
            }
            before += count;
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }
}
