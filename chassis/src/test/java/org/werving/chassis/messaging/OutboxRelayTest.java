package org.werving.chassis.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.werving.chassis.app.Pipeline;
import org.werving.chassis.app.Pipeline.Event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.werving.chassis.app.Pipeline.PATIENCE;

/** The outbox relay against a real PostgreSQL and Kafka: order, crash, lost signal, concurrent relays. */
@QuarkusTest
class OutboxRelayTest {
    /** Hundreds of events applied one transaction each: generous on a shared, loaded machine. */
    private static final Duration BULK_PATIENCE = Duration.ofMinutes(3);
    @Inject
    Pipeline pipeline;
    @Inject
    OutboxRelay relay;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void eventsOfOneKeyArriveInTheOrderTheyWereWritten() throws Throwable {
        List<String> keys = List.of(key(), key(), key());
        List<UUID> ids = new ArrayList<>();
        for (int tx = 0; tx < 30; tx++) {
            int first = tx * 10;
            ids.addAll(pipeline.write(IntStream.range(first, first + 10)
                    .mapToObj(n -> new Event(keys.get(n % 3), "Counted", Map.of("n", n))).toList()));
        }
        await().atMost(BULK_PATIENCE).until(() -> pipeline.count("SELECT count(*) FROM effect WHERE event_id = ANY($1)",
                (Object) ids.toArray(new UUID[0])) == 300);
        for (int k = 0; k < 3; k++) {
            int key = k;
            List<Integer> written = IntStream.range(0, 300).filter(n -> n % 3 == key).boxed().toList();
            assertEquals(written, pipeline.effectsOf(keys.get(k)), "key " + k + " applied in order, each once");
        }
    }

    @Test
    void aCrashBetweenSendAndMarkSendsAgainAndTheInboxAppliesOnce() throws Throwable {
        String key = key();
        List<UUID> ids = pipeline.write(IntStream.range(0, 20).mapToObj(n -> new Event(key, "Counted", Map.of("n", n))).toList());
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).size() == 20);

        // the state a crash after the sends and before the mark leaves behind: sent, not marked
        pipeline.execute("UPDATE outbox_event SET published_at = NULL WHERE id = ANY($1)", (Object) ids.toArray(new UUID[0]));
        relay.drain().await().atMost(Duration.ofSeconds(30));
        UUID marker = pipeline.write(key, "Counted", Map.of("n", 20));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).size() == 21);

        ConsumerTask<String, String> topic = pipeline.consume(Pipeline.TOPIC);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(topic, List.of(marker)).size() == 1);
        Map<String, Long> sends = Pipeline.withIds(topic, ids).stream()
                .collect(Collectors.groupingBy(r -> Pipeline.header(r, "ce_id"), Collectors.counting()));
        topic.stop();
        assertEquals(20, sends.size());
        assertEquals(List.of(2L), sends.values().stream().distinct().toList(), "every event was sent twice");
        assertEquals(IntStream.rangeClosed(0, 20).boxed().toList(), pipeline.effectsOf(key), "and applied once");
    }

    @Test
    void aLostSignalIsPublishedByTheSweep() throws Throwable {
        String key = key();
        relay.unlisten();
        try {
            pipeline.write(IntStream.range(0, 5).mapToObj(n -> new Event(key, "Counted", Map.of("n", n))).toList());
            await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).size() == 5);
        } finally {
            relay.listen();
        }
        assertEquals(List.of(0, 1, 2, 3, 4), pipeline.effectsOf(key));
    }

    @Test
    void twoRelaysOnOneTableNeverSendAnEventTwice() {
        String key = key();
        List<UUID> ids = IntStream.range(0, 600).mapToObj(n -> UUID.randomUUID()).toList();
        // written by SQL in one statement: the trigger signals the relay bean, and four more relays race it
        pipeline.execute("INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at)"
                + " SELECT id, 'Test', $2, 'Counted', json_build_object('n', ord - 1)::text, now()"
                + " FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)", ids.toArray(new UUID[0]), key);
        List<Uni<Integer>> relays = IntStream.range(0, 4).mapToObj(i -> relay.drain()).toList();
        Uni.join().all(relays).andFailFast().await().atMost(Duration.ofSeconds(60));
        await().atMost(PATIENCE).until(() -> pipeline.count(
                "SELECT count(*) FROM outbox_event WHERE id = ANY($1) AND published_at IS NULL",
                (Object) ids.toArray(new UUID[0])) == 0);
        await().atMost(BULK_PATIENCE).until(() -> pipeline.effectsOf(key).size() == 600);

        ConsumerTask<String, String> topic = pipeline.consume(Pipeline.TOPIC);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(topic, ids).size() >= 600);
        List<ConsumerRecord<String, String>> sent = Pipeline.withIds(topic, ids);
        topic.stop();
        assertEquals(600, sent.size(), "each event sent once");
        assertEquals(IntStream.range(0, 600).boxed().toList(), pipeline.effectsOf(key));
    }
}
