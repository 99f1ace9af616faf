package org.werving.chassis;

import io.smallrye.mutiny.Uni;
import org.werving.chassis.reactive.Steps;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Closing a stage of hundreds of candidates runs hundreds of steps: they must all run, in order, without nesting. */
class StepsTest {

    @Test
    void tenThousandStepsCompleteInOrder() {
        List<Integer> done = new ArrayList<>();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        Steps.each(items, i -> Uni.createFrom().item(i).invoke(done::add)).await().atMost(Duration.ofSeconds(30));
        assertEquals(items, done);
    }

    @Test
    void aFailingStepStopsTheRestAndFailsTheWhole() {
        List<Integer> done = new ArrayList<>();
        Uni<Void> all = Steps.each(List.of(1, 2, 3), i -> i == 2 ? Uni.createFrom().failure(new IllegalStateException("2"))
                : Uni.createFrom().item(i).invoke(done::add));
        assertEquals("2", org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> all.await().atMost(Duration.ofSeconds(5))).getMessage());
        assertEquals(List.of(1), done);
    }

    @Test
    void noStepsIsDone() {
        Steps.each(List.<Integer>of(), i -> Uni.createFrom().voidItem()).await().atMost(Duration.ofSeconds(5));
    }
}
