package org.werving.chassis.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.DistributionSummary;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.werving.chassis.app.Pipeline;
import org.werving.chassis.app.Pipeline.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.chassis.app.Pipeline.PATIENCE;

/**
 * A poll's events applied together in one transaction (the test consumer's channel has batch=true), against a real
 * PostgreSQL and Kafka: per-key order, exactly once, a redelivered event inside the same poll, and one failing event
 * that costs the others of its batch nothing.
 */
@QuarkusTest
class InboxBatchTest {
    @Inject
    Pipeline pipeline;
    @Inject
    MeterRegistry registry;

    @Test
    void theEventsOfOnePollAreAppliedTogetherOnceAndInOrderPerKey() throws Throwable {
        List<String> keys = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<Event> events = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            for (String key : keys) {
                events.add(new Event(key, "Counted", Map.of("n", n)));
            }
        }
        double[] before = batches();
        List<UUID> ids = pipeline.write(events);
        List<Integer> expected = IntStream.rangeClosed(1, 30).boxed().toList();
        await().atMost(PATIENCE).until(() -> keys.stream().allMatch(k -> pipeline.effectsOf(k).size() >= 30));
        for (String key : keys) {
            assertEquals(expected, pipeline.effectsOf(key), "each key's events once, in the order written");
        }
        assertEquals(120, count("SELECT count(*) FROM processed_event WHERE event_id = ANY($1)", ids));
        double[] after = batches();
        double applied = after[1] - before[1];
        double transactions = after[0] - before[0];
        assertEquals(120.0, applied, "every event went through a batch");
        assertTrue(transactions < applied, "fewer transactions (" + transactions + ") than events (" + applied + ")");
    }

    @Test
    void anEventDeliveredTwiceInOnePollIsAppliedOnce() throws Throwable {
        String key = UUID.randomUUID().toString();
        UUID id = pipeline.write(key, "Counted", Map.of("n", 1));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(1)));
        ConsumerTask<String, String> topic = pipeline.consume(Pipeline.TOPIC);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(topic, List.of(id)).size() == 1);
        ConsumerRecord<String, String> original = Pipeline.withIds(topic, List.of(id)).get(0);
        topic.stop();
        UUID fresh = UUID.randomUUID();
        // the same event twice more, and a new one after them, in one send: the consumer's poll holds all three
        pipeline.companion().produceStrings().fromRecords(copy(original, null), copy(original, null),
                copy(original, fresh)).awaitCompletion();
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).size() == 2);
        assertEquals(List.of(1, 1), pipeline.effectsOf(key), "the first once, the new one once");
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ANY($1)", List.of(id)));
        assertEquals(1, count("SELECT count(*) FROM effect WHERE event_id = ANY($1)", List.of(fresh)));
    }

    @Test
    void aFailingEventCostsTheOthersOfItsBatchNothing() throws Throwable {
        String key = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        List<Event> events = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            events.add(new Event(key, n == 5 ? "Fails" : "Counted", Map.of("n", n)));
            events.add(new Event(other, "Counted", Map.of("n", n)));
        }
        List<UUID> ids = pipeline.write(events);
        UUID failing = ids.get(8);
        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(failing)).size() == 1);
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(other).size() >= 10 && pipeline.effectsOf(key).size() >= 9);
        dlq.stop();
        assertEquals(List.of(1, 2, 3, 4, 6, 7, 8, 9, 10), pipeline.effectsOf(key), "all but the failing one, in order");
        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), pipeline.effectsOf(other));
        List<UUID> applied = ids.stream().filter(id -> !id.equals(failing)).toList();
        assertEquals(19, count("SELECT count(*) FROM processed_event WHERE event_id = ANY($1)", applied));
        assertEquals(19, count("SELECT count(*) FROM effect WHERE event_id = ANY($1)", applied),
                "what the failed batch wrote was rolled back: each effect once");
        assertEquals(0, count("SELECT count(*) FROM processed_event WHERE event_id = ANY($1)", List.of(failing)));
    }

    @Test
    void aBatchThatLostARaceIsAppliedTogetherOnceMore() throws Throwable {
        String key = UUID.randomUUID().toString();
        List<Event> events = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            events.add(new Event(key, n == 3 ? "Races" : "Counted", n == 3 ? Map.of("n", n, "losses", 1) : Map.of("n", n)));
        }
        double racesRetriedAlone = retries("Races", "race");
        List<UUID> ids = pipeline.write(events);
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).size() >= 6);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), pipeline.effectsOf(key));
        assertEquals(2, org.werving.chassis.app.TestConsumer.ATTEMPTS.get(ids.get(2)).get(),
                "lost once with its batch, applied with it the second time");
        assertEquals(racesRetriedAlone, retries("Races", "race"), "never applied on its own");
        assertEquals(6, count("SELECT count(*) FROM effect WHERE event_id = ANY($1)", ids));
    }

    private double retries(String type, String kind) {
        var counter = registry.find("werving.events.retries").tag("type", type).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    /** {count, sum} of werving_inbox_batch_events so far. */
    private double[] batches() {
        DistributionSummary summary = registry.find("werving.inbox.batch.events").summary();
        return summary == null ? new double[] {0, 0} : new double[] {summary.count(), summary.totalAmount()};
    }

    private long count(String sql, List<UUID> ids) {
        return pipeline.count(sql, (Object) ids.toArray(new UUID[0]));
    }

    /** The record again, with its headers; with a new ce_id when {@code id} is given. */
    private static ProducerRecord<String, String> copy(ConsumerRecord<String, String> record, UUID id) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(Pipeline.TOPIC, record.key(), record.value());
        record.headers().forEach(h -> {
            if (id != null && h.key().equals("ce_id")) {
                copy.headers().add("ce_id", id.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                copy.headers().add(h);
            }
        });
        return copy;
    }
}
