package org.werving.chassis.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.werving.chassis.metrics.EventMetrics;
import org.werving.chassis.postgres.PgListener;
import org.werving.chassis.tracing.TraceParents;
import org.werving.chassis.tracing.Tracing;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Sends outbox rows to Kafka in the order they were written, as CloudEvents in binary mode (ce_* headers,
 * JSON value), keyed by aggregate id, and marks them published once the broker acknowledged them
 * (acks=all). It drains as soon as a transaction that added rows commits (the outbox_event trigger's
 * NOTIFY, received on the service's one LISTEN connection, {@link PgListener}), and loops while batches come back full; a periodic sweep
 * catches anything a lost signal or a crash left behind. A batch is sent whole without waiting per record
 * (the idempotent producer keeps the order per key), then all acknowledgements are awaited and the batch is
 * marked in one statement. A row whose send failed, and every row after it, stays unpublished and is sent
 * again: an event may be delivered twice, never lost; consumers de-duplicate by event id. A
 * transaction-scoped advisory lock lets one relay at a time work on the table. An event recorded inside a trace is
 * sent in a PRODUCER span, the child of the recording span, whose W3C traceparent goes in the header
 * {@code traceparent}.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x5745525649_4E47L; // "WERVING"

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final EventsConfig events;
    private final OutboxConfig config;
    private final PgListener listener;
    private final EventMetrics metrics;
    private final Tracing tracing;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;

    public OutboxRelay(Pool pool,
            @Channel("events-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> emitter,
            EventsConfig events, OutboxConfig config, PgListener listener, EventMetrics metrics, Tracing tracing) {
        this.pool = pool;
        this.emitter = emitter;
        this.events = events;
        this.config = config;
        this.listener = listener;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent startup) {
        if (config.listen()) {
            listen();
        }
        signal();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
    }

    /** LISTENs on the trigger's channel (the service's one {@link PgListener} connection); drains on every (re)subscribe. */
    void listen() {
        listener.listen(config.channel(), ignored -> signal(), this::signal);
    }

    /** Stops listening (tests simulate a lost signal with it); the sweep still publishes. */
    void unlisten() {
        listener.unlisten(config.channel());
    }

    /** The safety net: also drains on a timer, after a crash or a lost signal. */
    @Scheduled(every = "${werving.outbox.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        signal();
    }

    /** Asks for a drain: starts one, or makes the running one go round once more. */
    public void signal() {
        again.set(true);
        if (stopped || !draining.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        drain().subscribe().with(published -> drained(), failure -> {
            LOG.warnf("outbox relay: %s (will retry)", failure.getMessage());
            draining.set(false);
        });
    }

    private void drained() {
        draining.set(false);
        if (again.get()) {
            signal();
        }
    }

    /** Relays batch after batch while they come back full; yields how many events were published. */
    public Uni<Integer> drain() {
        return Uni.createFrom().deferred(this::relayOnce)
                .repeat().whilst(published -> published == config.batchSize())
                .collect().with(Collectors.summingInt(Math::abs));
    }

    /** Relays one batch under the advisory lock; yields how many events were published (0 if another relay works). */
    public Uni<Integer> relayOnce() {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(LOCK_KEY))
                .flatMap(locked -> locked.iterator().next().getBoolean("locked")
                        ? publishPending(connection)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishPending(SqlConnection connection) {
        return connection.preparedQuery("SELECT id, aggregate_type, aggregate_id, type, payload::text AS payload, occurred_at,"
                        + " traceparent"
                        + " FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT $1")
                .execute(Tuple.of(config.batchSize()))
                .flatMap(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    List<Uni<Boolean>> acks = pending.stream().map(this::send).toList();
                    return Uni.join().all(acks).andCollectFailures()
                            .flatMap(acked -> markPublished(connection, pending, acked));
                });
    }

    /** Marks the rows before the first failed send, in one statement; the rest is sent again. */
    private Uni<Integer> markPublished(SqlConnection connection, List<Row> pending, List<Boolean> acked) {
        int sent = acked.indexOf(Boolean.FALSE);
        int count = sent < 0 ? pending.size() : sent;
        if (count == 0) {
            return Uni.createFrom().item(0);
        }
        List<Row> published = pending.subList(0, count);
        UUID[] ids = published.stream().map(row -> row.getUUID("id")).toArray(UUID[]::new);
        return connection.preparedQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)")
                .execute(Tuple.of(ids))
                .invoke(() -> published.forEach(row -> metrics.published(row.getString("type"))))
                .replaceWith(sent < 0 ? count : -count); // a negative count ends the loop: the rest waits for a retry
    }

    /** Sends one row; yields whether the broker acknowledged it. */
    private Uni<Boolean> send(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", row.getUUID("id").toString());
        header(headers, "ce_source", events.source());
        header(headers, "ce_type", row.getString("type"));
        header(headers, "ce_subject", row.getString("aggregate_id"));
        header(headers, "ce_time", row.getOffsetDateTime("occurred_at").format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, "ce_aggregatetype", row.getString("aggregate_type"));
        header(headers, "content-type", "application/json");
        Span span = publishSpan(row);
        if (span != null) {
            header(headers, TraceParents.HEADER, TraceParents.of(Context.root().with(span)));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.getString("aggregate_id"))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata))
                .replaceWith(Boolean.TRUE)
                .onItemOrFailure().invoke((sent, failure) -> {
                    if (span != null) {
                        Tracing.end(span, failure);
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("outbox event %s not sent: %s", row.getUUID("id"), failure.getMessage());
                    return Boolean.FALSE;
                });
    }

    /** The PRODUCER span of an event recorded inside a trace; null for one recorded outside. */
    private Span publishSpan(Row row) {
        String parent = row.getString("traceparent");
        if (parent == null) {
            return null;
        }
        return tracing.producer(row.getString("type"), row.getUUID("id").toString(), row.getString("aggregate_id"), parent);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Published rows are kept a while for inspection, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return pool.preparedQuery("DELETE FROM outbox_event WHERE published_at < now() - $1::interval")
                .execute(Tuple.of(config.retention().getSeconds() + " seconds"))
                .replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
