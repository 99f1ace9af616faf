package org.werving.chassis.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.werving.chassis.app.Pipeline;
import org.werving.chassis.app.TestConsumer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.chassis.app.Pipeline.PATIENCE;

/** The inbox policy against a real PostgreSQL and Kafka, on a channel consumed in batches (as every service's):
 * retry then dead letter, transient retried, a lost race retried apart from the domain attempts, tombstones. A
 * failing event is first tried with its batch (twice after a lost race or a transient failure); those tries are not
 * counted, so on its own it gets the whole budget. */
@QuarkusTest
class InboxTest {
    @Inject
    Pipeline pipeline;

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredAndTheNextIsApplied() throws Throwable {
        DeadLetter dead = deadLetterOf("Fails", Map.of("n", 0));
        assertEquals(5, TestConsumer.ATTEMPTS.get(dead.id()).get(),
                "one try with its batch, then on its own one attempt and three retries");
        assertEquals(Pipeline.TOPIC, Pipeline.header(dead.record(), "dead-letter-topic"));
        assertTrue(Pipeline.header(dead.record(), "dead-letter-reason").contains("always broken"));
        assertEquals(0, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", dead.id()),
                "not recorded, so a replay from the dead-letter topic applies it");
    }

    @Test
    void aTransientFailureIsRetriedAsLongAsItLastsAndNeverDeadLettered() throws Throwable {
        // the database refuses connections for ten attempts: more than the four a domain failure gets
        String key = UUID.randomUUID().toString();
        UUID flaky = appliedAfterTenFailures(key, "Flaky", "failures");
        UUID marker = pipeline.write(key, "Fails", Map.of("n", 9));
        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(marker)).size() == 1);
        assertEquals(0, Pipeline.withIds(dlq, List.of(flaky)).size(), "the transient failure was not dead-lettered");
        dlq.stop();
    }

    @Test
    void aLostRaceIsAppliedAgainOnTheNewStateWithoutUsingUpTheDomainAttempts() throws Throwable {
        // a unique key taken by another writer, ten times: more than the four attempts a domain failure gets
        appliedAfterTenFailures(UUID.randomUUID().toString(), "Races", "losses");
    }

    /** An event of {@code type} that fails ten times ({@code count} says how many), then a Counted one: both applied. */
    private UUID appliedAfterTenFailures(String key, String type, String count) throws Throwable {
        UUID id = pipeline.write(key, type, Map.of("n", 7, count, 10));
        pipeline.write(key, "Counted", Map.of("n", 8));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(7, 8)));
        assertEquals(11, TestConsumer.ATTEMPTS.get(id).get(), "ten failures, then applied");
        assertEquals(1, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", id));
        return id;
    }

    @Test
    void aRaceLostAgainAndAgainIsDeadLetteredAfterItsOwnBound() throws Throwable {
        DeadLetter dead = deadLetterOf("Races", Map.of("n", 7, "losses", 1000));
        assertEquals(22, TestConsumer.ATTEMPTS.get(dead.id()).get(),
                "two tries with its batch (a lost race is tried together once more), then werving.inbox.race-attempts "
                        + "on its own, not the domain's four");
        String reason = Pipeline.header(dead.record(), "dead-letter-reason");
        assertTrue(reason.contains("taken_key"), reason);
        assertEquals(0, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", dead.id()));
    }

    private record DeadLetter(UUID id, ConsumerRecord<String, String> record) {
    }

    /** Writes an event of {@code type} and a Counted one after it on the same key; yields the first's dead letter. */
    private DeadLetter deadLetterOf(String type, Map<String, Object> payload) throws Throwable {
        String key = UUID.randomUUID().toString();
        UUID id = pipeline.write(key, type, payload);
        pipeline.write(key, "Counted", Map.of("n", 1));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(1)));
        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(id)).size() == 1);
        ConsumerRecord<String, String> record = Pipeline.withIds(dlq, List.of(id)).get(0);
        dlq.stop();
        return new DeadLetter(id, record);
    }

    @Test
    void tombstonesAndUnhandledTypesAreAcknowledgedAndUnreadableRecordsDeadLettered() throws Throwable {
        String key = UUID.randomUUID().toString();
        pipeline.companion().produceStrings().fromRecords(
                new ProducerRecord<>(Pipeline.TOPIC, key, null),
                new ProducerRecord<>(Pipeline.TOPIC, key, "{\"n\": 1}")).awaitCompletion();
        UUID ignored = pipeline.write(key, "Ignored", Map.of("n", 2));
        pipeline.write(key, "Counted", Map.of("n", 3));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(3)));
        assertEquals(0, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", ignored),
                "an event type the consumer does not handle opens no transaction");

        UUID marker = pipeline.write(key, "Fails", Map.of("n", 4));
        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(marker)).size() == 1);
        List<String> deadOfKey = dlq.getRecords().stream().filter(r -> key.equals(r.key()))
                .map(r -> String.valueOf(r.value())).toList();
        dlq.stop();
        assertEquals(List.of("{\"n\": 1}", "{\"n\":4}"), deadOfKey, "the record without envelope, not the tombstone");
    }
}
