package org.werving.chassis.app;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test application's consumer of its own events: {@code Counted} writes an effect; {@code Fails} always fails
 * for a domain reason; {@code Flaky} fails as a database that refuses connections for its first
 * {@code failures} attempts; {@code Ignored} is not handled (acknowledged without a transaction).
 */
@ApplicationScoped
public class TestConsumer {
    public static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    private final Inbox inbox;

    public TestConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("chassis-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(message, type -> !"Ignored".equals(type), this::apply);
    }

    private Uni<Void> apply(EventEnvelope event) {
        int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        return switch (event.type()) {
            case "Fails" -> Uni.createFrom().failure(new IllegalStateException("always broken"));
            case "Flaky" -> attempt <= event.payload().path("failures").asInt()
                    ? Uni.createFrom().failure(new PgException(
                            "the database system is not currently accepting connections", "FATAL", "57P03", null))
                    : effect(event);
            default -> effect(event);
        };
    }

    private Uni<Void> effect(EventEnvelope event) {
        Effect effect = new Effect();
        effect.eventId = event.id();
        effect.subject = event.subject();
        effect.n = event.payload().path("n").asInt();
        return effect.persist().replaceWithVoid();
    }
}
