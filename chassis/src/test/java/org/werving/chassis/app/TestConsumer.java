package org.werving.chassis.app;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.chassis.messaging.Outbox;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test application's consumer of its own events: {@code Counted} writes an effect; {@code Fails} always fails
 * for a domain reason; {@code Flaky} fails as a database that refuses connections for its first
 * {@code failures} attempts; {@code Races} loses a race for a unique key (a real unique violation) in its first
 * {@code losses} attempts; {@code Ignored} is not handled (acknowledged without a transaction); {@code Relayed}
 * writes an effect and records an {@code Echoed} event, as a service's handler answers an event with its own.
 */
@ApplicationScoped
public class TestConsumer {
    public static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    private final Inbox inbox;
    private final Outbox outbox;

    public TestConsumer(Inbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Incoming("chassis-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, type -> !"Ignored".equals(type), this::apply);
    }

    private Uni<Void> apply(EventEnvelope event) {
        int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        return switch (event.type()) {
            case "Fails" -> Uni.createFrom().failure(new IllegalStateException("always broken"));
            case "Relayed" -> effect(event).flatMap(ignored -> outbox.record("Test", event.subject(), "Echoed",
                    Map.of("n", event.payload().path("n").asInt() + 1)));
            case "Flaky" -> attempt <= event.payload().path("failures").asInt()
                    ? Uni.createFrom().failure(new PgException(
                            "the database system is not currently accepting connections", "FATAL", "57P03", null))
                    : effect(event);
            case "Races" -> attempt <= event.payload().path("losses").asInt() ? loseRace() : effect(event);
            default -> effect(event);
        };
    }

    /** Inserts, in the event's transaction, the key another writer took: PostgreSQL refuses it (unique violation). */
    private static Uni<Void> loseRace() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO taken_key (key) VALUES ('taken')").executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> effect(EventEnvelope event) {
        Effect effect = new Effect();
        effect.eventId = event.id();
        effect.subject = event.subject();
        effect.n = event.payload().path("n").asInt();
        return effect.persist().replaceWithVoid();
    }
}
