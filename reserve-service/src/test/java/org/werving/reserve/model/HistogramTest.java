package org.werving.reserve.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The histogram's buckets at their edges and its percentiles against the exact ones (percentile_cont). */
class HistogramTest {

    @Test
    void bucketsDoubleEveryEightAndCapAtTheLast() {
        assertEquals(0, Histogram.bucket(-3));
        assertEquals(0, Histogram.bucket(0.999));
        assertEquals(1, Histogram.bucket(1));
        assertEquals(1, Histogram.bucket(1.09));
        assertEquals(2, Histogram.bucket(1.091));
        assertEquals(9, Histogram.bucket(2.0001));
        assertEquals(8, Histogram.bucket(1.9999));
        assertEquals(65, Histogram.bucket(256.5));
        assertEquals(127, Histogram.bucket(55_200));
        assertEquals(127, Histogram.bucket(1e12));
        assertEquals(1.0, Histogram.lower(1));
        assertEquals(2.0, Histogram.upper(8), 1e-12);
    }

    @Test
    void nothingMeasuredIsNull() {
        assertNull(new Histogram().percentile(0.5));
        assertNull(new Histogram().add(new Long[0]).percentile(0.9));
        assertNull(new Histogram().add(null).percentile(0.9));
    }

    @Test
    void oneValueIsEstimatedInsideItsBucket() {
        Histogram one = histogram(30.0);
        assertEquals(1, one.total());
        assertWithin(30.0, one.percentile(0.5));
        assertWithin(30.0, one.percentile(0.9));
        assertEquals(one.percentile(0.5), one.percentile(0.9));
    }

    @Test
    void twoValuesAreInterpolatedAsPercentileContDoes() {
        Histogram two = histogram(10.0, 30.0);
        assertWithin(20.0, two.percentile(0.5));
        assertWithin(28.0, two.percentile(0.9));
        // the ranks' estimates are the bucket's middle: the interpolation between them is exact arithmetic
        double low = (Histogram.lower(Histogram.bucket(10)) + Histogram.upper(Histogram.bucket(10))) / 2;
        double high = (Histogram.lower(Histogram.bucket(30)) + Histogram.upper(Histogram.bucket(30))) / 2;
        assertEquals(low + (high - low) * 0.5, two.percentile(0.5), 1e-12);
        assertEquals(low + (high - low) * 0.9, two.percentile(0.9), 1e-12);
    }

    @Test
    void manyValuesStayWithinOneBucketOfTheExactPercentile() {
        Random random = new Random(15);
        for (int round = 0; round < 50; round++) {
            int n = 2 + random.nextInt(5000);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = round % 2 == 0 ? 24 + random.nextDouble() * 400 : Math.exp(random.nextGaussian() * 2 + 3);
            }
            Histogram histogram = histogram(values);
            Arrays.sort(values);
            assertWithin(exact(values, 0.5), histogram.percentile(0.5));
            assertWithin(exact(values, 0.9), histogram.percentile(0.9));
        }
    }

    @Test
    void storedEntriesAddUpPerBucket() {
        Histogram h = new Histogram().add(new Long[] {(5L << 32) + 3, (9L << 32) + 1}).add(new Long[] {(5L << 32) + 2});
        assertEquals(6, h.total());
        Histogram same = new Histogram().add(5, 5).add(9, 1);
        assertEquals(same.percentile(0.5), h.percentile(0.5));
        assertEquals(same.percentile(0.9), h.percentile(0.9));
    }

    /** percentile_cont: linear between the values at ranks floor and ceil of p·(n−1). */
    static double exact(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int first = (int) Math.floor(position);
        int second = (int) Math.ceil(position);
        return sorted[first] + (sorted[second] - sorted[first]) * (position - first);
    }

    /** The documented resolution: less than one bucket's width, 2^(1/8) − 1 of the lower edge (values ≥ 1). */
    static void assertWithin(double exact, Double estimate) {
        double tolerance = exact * (Math.pow(2, 1.0 / Histogram.PER_DOUBLING) - 1);
        assertTrue(Math.abs(estimate - exact) < tolerance, estimate + " is not within " + tolerance + " of " + exact);
    }

    private static Histogram histogram(double... values) {
        Histogram h = new Histogram();
        for (double v : values) {
            h.add(Histogram.bucket(v), 1);
        }
        return h;
    }
}
