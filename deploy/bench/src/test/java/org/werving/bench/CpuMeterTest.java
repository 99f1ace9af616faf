package org.werving.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuMeterTest {
    @Test
    void readsUserSystemAndEndedChildrenTimeAlsoWhenTheCommandNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 30 20 20 0 40 0 123 456 789";
        assertEquals(3.5, CpuMeter.parseStat(stat), 1e-9); // 250 + 50 + 30 + 20 ticks of 10 ms
    }

    @Test
    void perApplicationCountsTheSystemWithoutHarnessAndMailCatcher() {
        Map<String, Double> before = new LinkedHashMap<>();
        before.put("candidate-service", 10.0);
        before.put(CpuMeter.POSTGRES, 5.0);
        before.put(CpuMeter.CATCHER, 1.0);
        before.put(CpuMeter.HARNESS, 2.0);
        Map<String, Double> after = new LinkedHashMap<>();
        after.put("candidate-service", 12.0);
        after.put(CpuMeter.POSTGRES, 6.0);
        after.put(CpuMeter.CATCHER, 1.5);
        after.put(CpuMeter.HARNESS, 4.0);
        Map<String, Double> per = CpuMeter.perItem(before, after, 100);
        assertEquals(20.0, per.get("candidate-service"), 1e-9);
        assertEquals(10.0, per.get(CpuMeter.POSTGRES), 1e-9);
        assertEquals(20.0, per.get(CpuMeter.HARNESS), 1e-9);
        assertEquals(30.0, per.get(CpuMeter.TOTAL), 1e-9);
        String row = CpuMeter.format(per);
        assertTrue(row.startsWith("30.0 ms: services, PostgreSQL and Kafka (candidate 20.0, PostgreSQL 10.0"), row);
        assertTrue(row.endsWith("2 cores give at most 67/s"), row);
    }

    @Test
    void busyCoresCountTheSystemWithoutHarnessAndMailCatcherOverTheWindow() {
        Map<String, Double> before = Map.of("candidate-service", 10.0, CpuMeter.KAFKA, 3.0, CpuMeter.HARNESS, 1.0);
        Map<String, Double> after = Map.of("candidate-service", 11.5, CpuMeter.KAFKA, 3.5, CpuMeter.HARNESS, 3.0);
        assertEquals(1.0, CpuMeter.busyCores(before, after, 2.0), 1e-9); // 1.5 + 0.5 CPU seconds in 2 s
        assertEquals(0.0, CpuMeter.busyCores(after, after, 2.0), 1e-9);
        assertEquals("most: candidate-service 0.75", CpuMeter.busiest(before, after, 2.0));
        assertEquals("after 6 s: 0.04 cores busy (most: Kafka broker 0.02)",
                new CpuMeter.Idle(6.2, 0.04, true, "most: Kafka broker 0.02").summary());
        assertTrue(new CpuMeter.Idle(120, 0.31, false, "-").summary().startsWith("still 0.31 cores busy after 120 s"));
    }

    @Test
    void aProcessThatIsGoneCountsAsNothing() {
        assertEquals(0.0, CpuMeter.seconds(Long.MAX_VALUE));
    }
}
