package org.werving.vacancy.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;


import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Applies each consumed event exactly once: the event id is stored in {@code processed_event}
 * in the same transaction as the event's effect, and the message is acknowledged (its offset
 * committed) only after that transaction committed. A redelivered event finds its id and is
 * skipped. A message that cannot be read, or cannot be applied after a few retries, is nacked:
 * the connector puts it on the dead-letter topic and the channel moves on.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    static final int ATTEMPTS = 4; // the first one and three retries
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final ObjectMapper json;
    

    public Inbox(ObjectMapper json) {
        this.json = json;

    }

    public Uni<Void> process(Message<String> message, Function<EventEnvelope, Uni<Void>> handler) {
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.from(message, json);
        } catch (PoisonEventException e) {
            LOG.warnf("unreadable message to the dead-letter topic: %s", e.getMessage());
            return nack(message, e);
        }
        Context context = Vertx.currentContext();
        return attempt(envelope, handler, 1, context)
                .onItem().transformToUni(ignored -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(e -> {
                    LOG.errorf(e, "event %s %s (subject %s) not applied; to the dead-letter topic", envelope.type(),
                            envelope.id(), envelope.subject());
                    return nack(message, e);
                });
    }

    private Uni<Void> attempt(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler, int attempt,
            Context context) {
        return Uni.createFrom().deferred(() -> applyOnce(envelope, handler))
                .onFailure(e -> !(e instanceof PoisonEventException) && attempt < ATTEMPTS)
                .recoverWithUni(e -> {
                    LOG.warnf("event %s %s failed (attempt %d): %s; retrying", envelope.type(), envelope.id(), attempt,
                            e.getMessage());
                    return pause(context, FIRST_BACKOFF.multipliedBy(1L << (attempt - 1)))
                            .onItem().transformToUni(ignored -> attempt(envelope, handler, attempt + 1, context));
                });
    }

    private Uni<Void> applyOnce(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler) {
        return Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(envelope.id()).flatMap(seen -> {
            if (seen != null) {
                LOG.debugf("event %s %s already processed", envelope.type(), envelope.id());
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().deferred(() -> handler.apply(envelope))
                    .flatMap(ignored -> new ProcessedEvent(envelope.id(), envelope.type(),
                            OffsetDateTime.now(ZoneOffset.UTC)).persist())
                    .replaceWithVoid();
        }));
    }

    /** Waits on the message's own Vert.x context, so the retry keeps the context Hibernate Reactive needs. */
    private static Uni<Void> pause(Context context, Duration delay) {
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(delay);
        }
        return Uni.createFrom().emitter(emitter -> context.owner().setTimer(delay.toMillis(),
                id -> context.runOnContext(ignored -> emitter.complete(null))));
    }

    private static Uni<Void> nack(Message<String> message, Throwable reason) {
        return Uni.createFrom().completionStage(message.nack(reason)).onFailure().recoverWithNull().replaceWithVoid();
    }
}
