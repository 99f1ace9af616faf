package org.werving.candidate.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Idempotent consumption: an event's effect and its {@link ProcessedEvent} row commit in one
 * transaction, and the Kafka offset moves on only after that commit (ack). An event seen before
 * is acknowledged without effect. A message that cannot be read, or not applied after a few
 * attempts, is nacked: the connector sends it to this service's dead-letter topic and goes on.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final ObjectMapper json;
    private final int attempts;
    private final Duration backoff;

    public Inbox(ObjectMapper json,
            @ConfigProperty(name = "werving.inbox.retries", defaultValue = "3") int retries,
            @ConfigProperty(name = "werving.inbox.backoff", defaultValue = "PT0.2S") Duration backoff) {
        this.json = json;
        this.attempts = retries;
        this.backoff = backoff;
    }

    public Uni<Void> process(Message<String> message, Function<EventEnvelope, Uni<Void>> handler) {
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.read(message, json);
        } catch (UnreadableEventException e) {
            LOG.warnf("unreadable message (to the dead-letter topic): %s", e.getMessage());
            return nack(message, e);
        }
        // Hibernate Reactive needs the consumer's Vert.x context, also when a retry resubscribes after a back-off.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().deferred(() -> applyOnce(envelope, handler))
                .runSubscriptionOn(onContext)
                .onFailure(e -> !(e instanceof UnreadableEventException))
                .retry().withBackOff(backoff, backoff.multipliedBy(10)).atMost(attempts)
                .onItemOrFailure().transformToUni((applied, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message::ack);
                    }
                    LOG.errorf(failure, "event %s %s not applied (to the dead-letter topic)", envelope.type(), envelope.id());
                    return nack(message, failure);
                });
    }

    private Uni<Boolean> applyOnce(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler) {
        return Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(envelope.id())
                .flatMap(seen -> {
                    if (seen != null) {
                        LOG.debugf("event %s %s already processed", envelope.type(), envelope.id());
                        return Uni.createFrom().item(false);
                    }
                    ProcessedEvent processed = new ProcessedEvent();
                    processed.eventId = envelope.id();
                    processed.eventType = envelope.type();
                    processed.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    return handler.apply(envelope).flatMap(done -> processed.persist()).replaceWith(true);
                }));
    }

    private static Uni<Void> nack(Message<String> message, Throwable reason) {
        return Uni.createFrom().completionStage(() -> message.nack(reason));
    }
}
