package org.werving.candidate.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.candidate.Broker;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyPublished;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.candidate.service.VacancyCatalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * The inbox's transaction handling against the real database, on a Vert.x context as the Kafka
 * connector delivers: a failed attempt is rolled back and retried, a lasting failure is nacked
 * (which sends the record to the dead-letter topic), a redelivery has no effect.
 */
@QuarkusTest
class InboxTest {
    @Inject
    Inbox inbox;
    @Inject
    VacancyCatalog catalog;
    @Inject
    VacancyRepository vacancies;

    /** A message as the Kafka connector hands it over, remembering whether it was acked or nacked. */
    static final class Delivery {
        final UUID eventId = UUID.randomUUID();
        final AtomicInteger acks = new AtomicInteger();
        final AtomicReference<Throwable> nacked = new AtomicReference<>();
        final Message<String> message;

        Delivery(String type, String value) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
            headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            headers.add("ce_time", Broker.now().toString().getBytes(StandardCharsets.UTF_8));
            ConsumerRecord<String, String> record = new ConsumerRecord<>(Broker.VACANCY_TOPIC, 0, 0L,
                    System.currentTimeMillis(), TimestampType.CREATE_TIME, -1, -1, "key", value, headers, Optional.empty());
            message = Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record, "vacancy-events")),
                    () -> {
                        acks.incrementAndGet();
                        return CompletableFuture.completedFuture(null);
                    },
                    failure -> {
                        nacked.set(failure);
                        return CompletableFuture.completedFuture(null);
                    });
        }
    }

    private void process(Delivery delivery, java.util.function.Function<EventEnvelope, Uni<Void>> handler) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> inbox.process(delivery.message, handler));
    }

    @Test
    void aFailedAttemptIsRolledBackAndRetried() throws Throwable {
        UUID vacancyId = UUID.randomUUID();
        Delivery delivery = new Delivery("VacancyPublished", "{}");
        AtomicInteger attempts = new AtomicInteger();
        List<Boolean> foundAtStart = new CopyOnWriteArrayList<>();
        process(delivery, envelope -> vacancies.findById(vacancyId)
                .invoke(existing -> foundAtStart.add(existing != null))
                .flatMap(existing -> catalog.published(new VacancyPublished(vacancyId, "Herkansing",
                        Broker.now().plusDays(10), Broker.now()), envelope.time()))
                .flatMap(written -> vacancies.flush()) // the row is in the database, uncommitted
                .flatMap(flushed -> attempts.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new IllegalStateException("database hiccup"))
                        : Uni.createFrom().voidItem()));

        assertEquals(2, attempts.get());
        assertEquals(List.of(false, false), foundAtStart, "the first attempt's vacancy row was rolled back");
        assertEquals(1, delivery.acks.get());
        assertNull(delivery.nacked.get());
        assertTrue(Broker.processed(delivery.eventId));
        given().contentType(ContentType.JSON).body(application(vacancyId, uniqueEmail("retry")))
                .post("/applications").then().statusCode(201);

        // the same event again: acknowledged, no effect
        AtomicInteger again = new AtomicInteger();
        process(delivery, envelope -> {
            again.incrementAndGet();
            return Uni.createFrom().voidItem();
        });
        assertEquals(0, again.get());
        assertEquals(2, delivery.acks.get());
    }

    @Test
    void aLastingFailureIsNackedAfterTheRetries() throws Throwable {
        Delivery delivery = new Delivery("VacancyPublished", "{}");
        AtomicInteger attempts = new AtomicInteger();
        process(delivery, envelope -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("always broken"));
        });
        assertEquals(4, attempts.get(), "one attempt and three retries");
        assertEquals(0, delivery.acks.get());
        assertEquals("always broken", delivery.nacked.get().getMessage());
        assertFalse(Broker.processed(delivery.eventId), "not recorded, so a replay from the dead-letter topic applies it");
    }

    @Test
    void anUnreadableMessageIsNackedWithoutAnAttempt() throws Throwable {
        Delivery delivery = new Delivery("VacancyPublished", "[1, 2");
        AtomicInteger attempts = new AtomicInteger();
        process(delivery, envelope -> {
            attempts.incrementAndGet();
            return Uni.createFrom().voidItem();
        });
        assertEquals(0, attempts.get());
        assertTrue(delivery.nacked.get() instanceof UnreadableEventException);
        assertFalse(Broker.processed(delivery.eventId));
    }
}
