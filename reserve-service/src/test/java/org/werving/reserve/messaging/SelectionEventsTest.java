package org.werving.reserve.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.reserve.Events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * werving.selection.events on the real broker: the events that concern only the candidate's timeline (interviews,
 * slots) are acknowledged without a transaction here, so they leave no processed-event row, while the ones this
 * service handles are applied once, in order behind them on the same key.
 */
@QuarkusTest
class SelectionEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

    @Test
    void timelineOnlyEventsOpenNoTransactionAndHandledOnesAreAppliedOnce() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        String key = application.toString();
        ProducerRecord<String, String> scheduled = Events.cloudEvent(Events.SELECTION_TOPIC, key, "InterviewScheduled",
                "{\"applicationId\":\"" + application + "\",\"vacancyId\":\"" + vacancy + "\",\"stageOrder\":1}");
        ProducerRecord<String, String> refused = Events.cloudEvent(Events.SELECTION_TOPIC, key, "SlotBookingRefused",
                "{\"applicationId\":\"" + application + "\",\"stageOrder\":1}");
        ProducerRecord<String, String> passed = Events.selectionPassed(vacancy, application, 80, false);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(List.of(scheduled, refused, passed)).awaitCompletion(Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(Events.id(passed)) == 1);
        assertEquals(0, processed(Events.id(scheduled)));
        assertEquals(0, processed(Events.id(refused)));
    }

    private long processed(UUID eventId) {
        return pool.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1").execute(Tuple.of(eventId))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
