package org.werving.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = (100 - i) * MS; // 100 ms .. 1 ms, unsorted
        }
        Stats stats = new Stats(samples);
        assertEquals(50.0, stats.millis(50));
        assertEquals(95.0, stats.millis(95));
        assertEquals(99.0, stats.millis(99));
        assertEquals(100.0, stats.millis(100));
        assertEquals("50.0 / 95.0 / 99.0 ms", stats.p50p95p99());
    }

    @Test
    void oneSampleIsEveryPercentileAndNoSampleSaysSo() {
        assertEquals(7.0, new Stats(new long[] {7 * MS}).millis(99));
        assertTrue(Double.isNaN(new Stats(new long[0]).millis(50)));
        assertEquals("no samples", new Stats(new long[0]).p50p95p99());
    }

    @Test
    void ratesAndMillisecondsKeepTheirSignificantDigits() {
        assertEquals("32.4/s", Stats.rate(32.44));
        assertEquals("3100/s", Stats.rate(3100.2));
        assertEquals("1612", Stats.ms(1612.4));
        assertEquals("8.5", Stats.ms(8.45));
    }
}
