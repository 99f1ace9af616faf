package org.werving.chassis.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
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

/** The inbox policy against a real PostgreSQL and Kafka: retry then dead letter, transient retried, a lost race
 * retried apart from the domain attempts, tombstones. */
@QuarkusTest
class InboxTest {
    @Inject
    Pipeline pipeline;

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredAndTheNextIsApplied() throws Throwable {
        String key = UUID.randomUUID().toString();
        UUID failing = pipeline.write(key, "Fails", Map.of("n", 0));
        pipeline.write(key, "Counted", Map.of("n", 1));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(1)));

        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(failing)).size() == 1);
        var dead = Pipeline.withIds(dlq, List.of(failing)).get(0);
        dlq.stop();
        assertEquals(4, TestConsumer.ATTEMPTS.get(failing).get(), "one attempt and three retries");
        assertEquals(Pipeline.TOPIC, Pipeline.header(dead, "dead-letter-topic"));
        assertTrue(Pipeline.header(dead, "dead-letter-reason").contains("always broken"));
        assertEquals(0, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", failing),
                "not recorded, so a replay from the dead-letter topic applies it");
    }

    @Test
    void aTransientFailureIsRetriedAsLongAsItLastsAndNeverDeadLettered() throws Throwable {
        String key = UUID.randomUUID().toString();
        // the database refuses connections for ten attempts: more than the four a domain failure gets
        UUID flaky = pipeline.write(key, "Flaky", Map.of("n", 7, "failures", 10));
        pipeline.write(key, "Counted", Map.of("n", 8));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(7, 8)));
        assertEquals(11, TestConsumer.ATTEMPTS.get(flaky).get());
        assertEquals(1, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", flaky));

        UUID marker = pipeline.write(key, "Fails", Map.of("n", 9));
        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(marker)).size() == 1);
        assertEquals(0, Pipeline.withIds(dlq, List.of(flaky)).size(), "the transient failure was not dead-lettered");
        dlq.stop();
    }

    @Test
    void aLostRaceIsAppliedAgainOnTheNewStateWithoutUsingUpTheDomainAttempts() throws Throwable {
        String key = UUID.randomUUID().toString();
        // a unique key taken by another writer, ten times: more than the four attempts a domain failure gets
        UUID racing = pipeline.write(key, "Races", Map.of("n", 5, "losses", 10));
        pipeline.write(key, "Counted", Map.of("n", 6));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(5, 6)));
        assertEquals(11, TestConsumer.ATTEMPTS.get(racing).get(), "ten lost races, then applied");
        assertEquals(1, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", racing));
    }

    @Test
    void aRaceLostAgainAndAgainIsDeadLetteredAfterItsOwnBound() throws Throwable {
        String key = UUID.randomUUID().toString();
        UUID losing = pipeline.write(key, "Races", Map.of("n", 7, "losses", 1000));
        pipeline.write(key, "Counted", Map.of("n", 8));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(8)));

        ConsumerTask<String, String> dlq = pipeline.consume(Pipeline.DLQ);
        await().atMost(PATIENCE).until(() -> Pipeline.withIds(dlq, List.of(losing)).size() == 1);
        var dead = Pipeline.withIds(dlq, List.of(losing)).get(0);
        dlq.stop();
        assertEquals(20, TestConsumer.ATTEMPTS.get(losing).get(), "werving.inbox.race-attempts, not the domain's four");
        assertTrue(Pipeline.header(dead, "dead-letter-reason").contains("taken_key"), Pipeline.header(dead, "dead-letter-reason"));
        assertEquals(0, pipeline.count("SELECT count(*) FROM processed_event WHERE event_id = $1", losing));
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
