package org.werving.chassis.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.werving.chassis.failure.Failures;
import org.werving.chassis.metrics.EventMetrics;
import org.werving.chassis.reactive.Steps;
import org.werving.chassis.tracing.TraceParents;
import org.werving.chassis.tracing.Tracing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Applies each consumed event exactly once, with one policy in every service. The services consume every channel a
 * poll at a time ({@code mp.messaging.incoming.<channel>.batch=true}, {@link #processBatch}): the events of a poll
 * are applied together in one transaction and, should that fail, each again on its own ({@link #process}), where
 * this policy holds:
 * <ul>
 * <li>the event id is stored in {@code processed_event} in the same transaction as the event's effect, and the
 * message is acknowledged (its offset committed) only after that transaction committed; a redelivered event
 * finds its id and is skipped;</li>
 * <li>a message that cannot be read goes to the dead-letter topic at once (nack);</li>
 * <li>a failure for a domain reason is retried with back-off, then dead-lettered after
 * {@link InboxConfig#attempts()} attempts;</li>
 * <li>a lost race (a stale version, a unique key another transaction took at the same moment:
 * {@link Failures#isConcurrentUpdate}) is applied again on the new state, with back-off, and does not use up the
 * domain-failure attempts: it has its own, {@link InboxConfig#raceAttempts()}, before it is dead-lettered;</li>
 * <li>a transient failure (no connection, pool closing, database starting or stopping, serialization failure,
 * broker unavailable) is retried with back-off for as long as it lasts and never dead-lettered: the channel
 * waits rather than skipping ahead;</li>
 * <li>a tombstone (no value) and an event type the consumer does not handle are acknowledged without a
 * transaction.</li>
 * </ul>
 * An applied event is handled in a CONSUMER span, the child of the producer's {@code traceparent} header, current
 * while the handler runs (through its retries), so the events it records carry the same trace.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final ObjectMapper json;
    private final InboxConfig config;
    private final EventMetrics metrics;
    private final Tracing tracing;
    private volatile boolean stopping;

    /** What became of a consumed event. */
    private enum Outcome {
        APPLIED, DUPLICATE, LEFT, DEAD
    }

    public Inbox(ObjectMapper json, InboxConfig config, EventMetrics metrics, Tracing tracing) {
        this.json = json;
        this.config = config;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Applies one record (a channel consumed a record at a time) with {@code handler}, whatever its type. */
    public Uni<Void> process(Message<String> message, Function<EventEnvelope, Uni<Void>> handler) {
        return process(message, type -> true, handler);
    }

    /**
     * Applies one record (a channel consumed a record at a time) under the policy above, in its own transaction;
     * the types {@code handles} does not accept are acknowledged without opening one.
     */
    public Uni<Void> process(Message<String> message, Predicate<String> handles,
            Function<EventEnvelope, Uni<Void>> handler) {
        List<Uni<Void>> deadLetters = new ArrayList<>(1);
        EventEnvelope envelope = admitted(message, handles, deadLetters);
        if (envelope == null) {
            return deadLetters.isEmpty() ? ack(message) : deadLetters.get(0);
        }
        return alone(message, envelope, handler)
                .flatMap(outcome -> outcome == Outcome.APPLIED || outcome == Outcome.DUPLICATE ? ack(message)
                        : Uni.createFrom().voidItem());
    }

    /** Applies every event type of the poll with {@code handler}. */
    public Uni<Void> processBatch(KafkaRecordBatch<String, String> batch, Function<EventEnvelope, Uni<Void>> handler) {
        return processBatch(batch, type -> true, handler);
    }

    /**
     * Applies one poll's records (a channel with {@code batch=true}). The events {@code handles} accepts are applied
     * in ONE transaction, in the order of the poll (per partition the order of the topic), after one look-up of
     * the ids processed before; the batch is acknowledged after that commit. When the transaction fails, none of
     * it stays: after a lost race or a transient failure (another consumer wrote the same rows, a deadlock) the
     * batch is tried together once more after the first back-off; after a domain failure, or when that fails too,
     * each event is applied again on its own under the policy above, so one event's failure costs the others
     * neither their order nor an attempt (the tries with the batch are not counted). Unreadable records go to the
     * dead-letter topic alone, first; tombstones and other types are skipped.
     */
    public Uni<Void> processBatch(KafkaRecordBatch<String, String> batch, Predicate<String> handles,
            Function<EventEnvelope, Uni<Void>> handler) {
        List<Uni<Void>> deadLetters = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            EventEnvelope envelope = admitted(record, handles, deadLetters);
            if (envelope != null) {
                pending.add(new Pending(record, envelope));
            }
        }
        // Hibernate Reactive needs the consumer's own Vert.x context; a dead letter's send completes elsewhere
        Context context = Vertx.currentContext();
        return Steps.each(deadLetters, dead -> dead)
                .flatMap(ignored -> pending.isEmpty() ? Uni.createFrom().item(Boolean.FALSE)
                        : applied(pending, handler, context))
                .flatMap(left -> left ? Uni.createFrom().voidItem() : ack(batch));
    }

    /**
     * The poll's events together; after a lost race or a transient failure together once more; else (or when that
     * fails too) one by one. Yields whether an event was left for redelivery.
     */
    private Uni<Boolean> applied(List<Pending> pending, Function<EventEnvelope, Uni<Void>> handler, Context context) {
        return on(context, () -> together(pending, handler))
                .onFailure(e -> Failure.of(e) != Failure.DOMAIN && !stopping).recoverWithUni(e -> {
                    LOG.debugf("a batch of %d events lost a race or met a transient failure (%s); tried together once more",
                            pending.size(), e.getMessage());
                    return pause(context, backoff(1)).flatMap(paused -> on(context, () -> together(pending, handler)));
                })
                .onFailure().recoverWithUni(e -> {
                    LOG.debugf("a batch of %d events failed together (%s); each is applied on its own",
                            pending.size(), e.getMessage());
                    return oneByOne(pending, handler, context);
                });
    }

    /** A record of a batch whose event is to be applied. */
    private record Pending(Message<String> message, EventEnvelope envelope) {
    }

    /**
     * The envelope of a record to apply, or null when it is a tombstone, of a type not handled (both acknowledged
     * with the rest), or unreadable: then its way to the dead-letter topic is added to {@code deadLetters}.
     */
    private EventEnvelope admitted(Message<String> message, Predicate<String> handles, List<Uni<Void>> deadLetters) {
        if (message.getPayload() == null) {
            LOG.debugf("tombstone acknowledged");
            return null;
        }
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.read(message, json);
        } catch (UnreadableEventException e) {
            LOG.warnf("unreadable message to the dead-letter topic: %s", e.getMessage());
            metrics.deadLettered("unreadable");
            deadLetters.add(nack(message, e));
            return null;
        }
        if (!handles.test(envelope.type())) {
            metrics.consumed(envelope.type(), "ignored");
            return null;
        }
        return envelope;
    }

    /** Applies the batch's events in one transaction; yields false (nothing left for redelivery). */
    private Uni<Boolean> together(List<Pending> pending, Function<EventEnvelope, Uni<Void>> handler) {
        List<InBatch> events = pending.stream().map(p -> new InBatch(p.envelope(), consumerSpan(p.message(), p.envelope())))
                .toList();
        List<Consumed> done = new ArrayList<>(events.size());
        return Panache.withTransaction(() -> processedAmong(pending).flatMap(seen -> Steps.each(events, event -> event
                        .apply(handler, seen).invoke(outcome -> done.add(new Consumed(event.envelope().type(), outcome))))))
                .onItemOrFailure().transformToUni((ignored, failure) -> {
                    for (InBatch event : events) {
                        Tracing.end(event.span(), failure == null ? null : new IllegalStateException(
                                "rolled back with its batch; applied again on its own", failure));
                    }
                    if (failure != null) {
                        return Uni.createFrom().failure(failure);
                    }
                    metrics.batch(events.size());
                    done.forEach(event -> metrics.consumed(event.type(), event.outcome().name().toLowerCase(Locale.ROOT)));
                    return Uni.createFrom().item(Boolean.FALSE);
                });
    }

    /** The ids of the batch's events that were processed before (one query); the batch adds its own as it goes. */
    private static Uni<Set<UUID>> processedAmong(List<Pending> pending) {
        List<UUID> ids = pending.stream().map(p -> p.envelope().id()).distinct().toList();
        return ProcessedEvent.<ProcessedEvent>list("eventId in ?1", ids)
                .map(found -> found.stream().map(p -> p.eventId).collect(Collectors.toCollection(HashSet::new)));
    }

    /** One event of a batch, applied in the batch's transaction under its own span. */
    private record InBatch(EventEnvelope envelope, Span span) {
        /** DUPLICATE when {@code seen} holds its id (processed before, or earlier in this poll), else APPLIED. */
        Uni<Outcome> apply(Function<EventEnvelope, Uni<Void>> handler, Set<UUID> seen) {
            if (!seen.add(envelope.id())) {
                LOG.debugf("event %s %s already processed", envelope.type(), envelope.id());
                return Uni.createFrom().item(Outcome.DUPLICATE);
            }
            return Uni.createFrom().deferred(() -> {
                Scope scope = Tracing.activate(span);
                return applyAndRecord(envelope, handler).onTermination().invoke(scope::close);
            });
        }
    }

    /** What became of an event of a committed batch, counted once the batch committed. */
    private record Consumed(String type, Outcome outcome) {
    }

    /** After a failed batch: each event alone, in order; yields whether one was left for redelivery. */
    private Uni<Boolean> oneByOne(List<Pending> pending, Function<EventEnvelope, Uni<Void>> handler, Context context) {
        List<Outcome> outcomes = new ArrayList<>(pending.size());
        return Steps.each(pending, p -> on(context, () -> alone(p.message(), p.envelope(), handler)).invoke(outcomes::add))
                .map(ignored -> outcomes.contains(Outcome.LEFT));
    }

    /** Runs {@code step} on {@code context}, wherever the step before completed (a dead letter's send completes on
     * the producer's thread). */
    private static <T> Uni<T> on(Context context, Supplier<Uni<? extends T>> step) {
        if (context == null || Vertx.currentContext() == context) {
            return Uni.createFrom().deferred(step);
        }
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored ->
                Uni.createFrom().<T>deferred(step).subscribe().with(emitter::complete, emitter::fail)));
    }

    /** One event in its own transaction(s), under the whole policy, in a CONSUMER span of its own. */
    private Uni<Outcome> alone(Message<String> message, EventEnvelope envelope,
            Function<EventEnvelope, Uni<Void>> handler) {
        return Uni.createFrom().deferred(() -> {
            Span span = consumerSpan(message, envelope);
            Scope scope = Tracing.activate(span);
            return apply(message, envelope, handler, span).onTermination().invoke((ignored, failure, cancelled) -> {
                Tracing.end(span, failure);
                scope.close();
            });
        });
    }

    /** Yields APPLIED, DUPLICATE, LEFT (for redelivery) or DEAD (nacked to the dead-letter topic). */
    private Uni<Outcome> apply(Message<String> message, EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler,
            Span span) {
        // Hibernate Reactive needs the consumer's Vert.x context, also when a retry resumes after a back-off.
        Context context = Vertx.currentContext();
        return attempt(envelope, handler, Tries.FIRST, context).onItemOrFailure().transformToUni((outcome, failure) -> {
            if (failure == null) {
                metrics.consumed(envelope.type(), outcome.name().toLowerCase(Locale.ROOT));
                return Uni.createFrom().item(outcome);
            }
            metrics.deadLettered(envelope.type());
            span.recordException(failure).setStatus(StatusCode.ERROR, "dead-lettered");
            LOG.errorf(failure, "event %s %s (subject %s) not applied; to the dead-letter topic", envelope.type(),
                    envelope.id(), envelope.subject());
            return nack(message, failure).replaceWith(Outcome.DEAD);
        });
    }

    /** How many attempts an event had so far, by what failed, and how many pauses it waited. */
    private record Tries(int domain, int races, int pauses) {
        static final Tries FIRST = new Tries(1, 1, 1);

        Tries after(Failure kind) {
            return new Tries(kind == Failure.DOMAIN ? domain + 1 : domain, kind == Failure.RACE ? races + 1 : races,
                    pauses + 1);
        }
    }

    /** Why an attempt failed, as far as a retry is concerned. */
    private enum Failure {
        TRANSIENT, RACE, DOMAIN;

        static Failure of(Throwable e) {
            return Failures.isTransient(e) ? TRANSIENT : Failures.isConcurrentUpdate(e) ? RACE : DOMAIN;
        }
    }

    /**
     * One attempt and what follows its failure. Yields APPLIED or DUPLICATE (found applied before), or LEFT when
     * the service stops during a transient failure (the message stays unacknowledged and is delivered again).
     */
    private Uni<Outcome> attempt(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler, Tries tries,
            Context context) {
        return Uni.createFrom().deferred(() -> applyOnce(envelope, handler))
                .onFailure(e -> !(e instanceof UnreadableEventException))
                .recoverWithUni(e -> {
                    Failure kind = Failure.of(e);
                    if (kind == Failure.TRANSIENT && stopping) {
                        LOG.infof("event %s %s left for redelivery: the service is stopping", envelope.type(), envelope.id());
                        return Uni.createFrom().item(Outcome.LEFT);
                    }
                    if (exhausted(kind, tries)) {
                        return Uni.createFrom().failure(e);
                    }
                    LOG.warnf("event %s %s failed (%s, attempt %d): %s; retrying", envelope.type(), envelope.id(),
                            kind.name().toLowerCase(Locale.ROOT), kind == Failure.RACE ? tries.races() : tries.domain(),
                            e.getMessage());
                    metrics.retried(envelope.type(), kind.name().toLowerCase(Locale.ROOT));
                    return pause(context, backoff(tries.pauses()))
                            .onItem().transformToUni(ignored -> attempt(envelope, handler, tries.after(kind), context));
                });
    }

    /** A transient failure is never exhausted; a lost race and a domain failure each have their own budget. */
    private boolean exhausted(Failure kind, Tries tries) {
        return switch (kind) {
            case TRANSIENT -> false;
            case RACE -> tries.races() >= config.raceAttempts();
            case DOMAIN -> tries.domain() >= config.attempts();
        };
    }

    private static Uni<Outcome> applyOnce(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler) {
        return Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(envelope.id()).flatMap(seen -> {
            if (seen != null) {
                LOG.debugf("event %s %s already processed", envelope.type(), envelope.id());
                return Uni.createFrom().item(Outcome.DUPLICATE);
            }
            return applyAndRecord(envelope, handler);
        }));
    }

    /** The event's effect and its id in {@code processed_event}, in the caller's transaction: APPLIED. */
    private static Uni<Outcome> applyAndRecord(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> handler) {
        return Uni.createFrom().deferred(() -> handler.apply(envelope))
                .flatMap(ignored -> ProcessedEvent.of(envelope).persist())
                .replaceWith(Outcome.APPLIED);
    }

    @SuppressWarnings("unchecked")
    private Span consumerSpan(Message<String> message, EventEnvelope envelope) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        var header = kafka == null || kafka.getHeaders() == null ? null : kafka.getHeaders().lastHeader(TraceParents.HEADER);
        String traceparent = header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        return tracing.consumer(envelope.type(), envelope.id().toString(), envelope.subject(),
                kafka == null ? null : kafka.getTopic(), traceparent);
    }

    /** The back-off before pause {@code n} (1, 2, ...): doubling from the first, never above the longest. */
    Duration backoff(int n) {
        Duration longest = config.maxBackoff();
        Duration delay = config.backoff().multipliedBy(1L << Math.min(n - 1, 20));
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Waits on the message's own Vert.x context, so the retry keeps the context Hibernate Reactive needs. */
    private static Uni<Void> pause(Context context, Duration delay) {
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(delay);
        }
        return Uni.createFrom().emitter(emitter -> context.owner().setTimer(Math.max(1, delay.toMillis()),
                id -> context.runOnContext(ignored -> emitter.complete(null))));
    }

    private static Uni<Void> ack(Message<?> message) {
        return Uni.createFrom().completionStage(message::ack);
    }

    private static Uni<Void> nack(Message<String> message, Throwable reason) {
        return Uni.createFrom().completionStage(() -> message.nack(reason)).onFailure().recoverWithNull().replaceWithVoid();
    }
}
