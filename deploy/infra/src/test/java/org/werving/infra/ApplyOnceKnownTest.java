package org.werving.infra;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplyOnceKnownTest {

    @Test
    void retriesWhileTheVacancyIsUnknownOrNotOpenAndKeepsWhatTheCreationBrought() {
        ArrayDeque<Integer> answers = new ArrayDeque<>(List.of(404, 409, 404, 201));
        AtomicInteger calls = new AtomicInteger();
        String id = ApplyOnceKnown.apply(Duration.ofSeconds(10), () -> {
            calls.incrementAndGet();
            int status = answers.removeFirst();
            return new ApplyOnceKnown.Attempt<>(status, "", status == 201 ? "application-1" : null);
        });
        assertEquals("application-1", id);
        assertEquals(4, calls.get());
    }

    @Test
    void anyOtherAnswerEndsTheWaitAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApplyOnceKnown.apply(
                Duration.ofSeconds(10), () -> {
                    calls.incrementAndGet();
                    return new ApplyOnceKnown.Attempt<String>(400, "{\"title\":\"Bad Request\"}", null);
                }));
        assertEquals(1, calls.get());
        assertTrue(e.getMessage().contains("400") && e.getMessage().contains("Bad Request"), e.getMessage());
    }

    @Test
    void theWaitIsBounded() {
        long start = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApplyOnceKnown.apply(
                Duration.ofMillis(600), () -> new ApplyOnceKnown.Attempt<String>(404, "unknown vacancy", null)));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMillis >= 600 && tookMillis < 5_000, "took " + tookMillis + " ms");
        assertTrue(e.getMessage().contains("404: unknown vacancy"), e.getMessage());
    }
}
