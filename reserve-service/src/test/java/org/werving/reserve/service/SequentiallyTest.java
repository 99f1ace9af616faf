package org.werving.reserve.service;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reserve of hundreds of laureates is updated step by step: every step runs, in order, without nesting. */
class SequentiallyTest {

    @Test
    void tenThousandStepsCompleteInOrder() {
        List<Integer> done = new ArrayList<>();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        ReserveService.sequentially(items, i -> Uni.createFrom().item(i).invoke(done::add).replaceWithVoid())
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(items, done);
    }
}
