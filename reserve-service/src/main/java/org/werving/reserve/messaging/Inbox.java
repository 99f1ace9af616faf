package org.werving.reserve.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Function;

/**
 * Idempotent consumption. Each event is applied in one database transaction together with the row
 * that marks its id as processed, so a redelivered event changes nothing; the Kafka offset is
 * committed (ack) only after that transaction. A record without a readable envelope, or an event
 * that can never be applied, goes to the dead-letter topic at once (nack); a failing transaction is
 * retried a few times with back-off and then dead-lettered too, so the pipeline keeps moving.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    static final int RETRIES = 3;

    private final ObjectMapper json;

    public Inbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> process(Message<String> message, Function<EventEnvelope, Uni<Void>> handler) {
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.from(message, json);
        } catch (InvalidEventException poison) {
            LOG.warnf("poison message sent to the dead-letter topic: %s", poison.getMessage());
            return nack(message, poison);
        }
        Uni<Void> attempt = Uni.createFrom().deferred(() -> Panache.withTransaction(() -> applyOnce(envelope, handler)));
        // A retry resubscribes from a timer thread; Hibernate Reactive must run on the message's Vert.x context.
        Context context = Vertx.currentContext();
        if (context != null) {
            attempt = attempt.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return attempt
                .onFailure(e -> !(e instanceof InvalidEventException))
                .invoke(e -> LOG.warnf("event %s (%s): attempt failed: %s", envelope.id(), envelope.type(), e.getMessage()))
                .onFailure(e -> !(e instanceof InvalidEventException))
                .retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2)).atMost(RETRIES)
                .onItemOrFailure().transformToUni((ok, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message::ack);
                    }
                    LOG.errorf("event %s (%s) sent to the dead-letter topic: %s", envelope.id(), envelope.type(),
                            failure.getMessage());
                    return nack(message, failure);
                });
    }

    private Uni<Void> applyOnce(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler) {
        return ProcessedEvent.<ProcessedEvent>findById(envelope.id()).flatMap(done -> {
            if (done != null) {
                LOG.debugf("event %s (%s) already processed; skipped", envelope.id(), envelope.type());
                return Uni.createFrom().voidItem();
            }
            return handler.apply(envelope)
                    .flatMap(ignored -> ProcessedEvent.of(envelope).persist())
                    .replaceWithVoid();
        });
    }

    private static Uni<Void> nack(Message<String> message, Throwable reason) {
        return Uni.createFrom().completionStage(() -> message.nack(reason));
    }
}
