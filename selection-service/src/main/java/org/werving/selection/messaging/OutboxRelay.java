package org.werving.selection.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends outbox rows to Kafka in the order they were written, as CloudEvents in binary mode
 * (ce_* headers, JSON value), keyed by aggregate id, each acknowledged by the broker (acks=all)
 * before the row is marked published. A row whose send fails stays unpublished and is retried
 * on the next tick, so an event may be delivered twice but never lost; consumers de-duplicate
 * by event id. A transaction-scoped advisory lock lets one replica relay at a time.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x5745525649_4E47L; // "WERVING"

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final String source;
    private final int batchSize;

    public OutboxRelay(Pool pool, @Channel("events-out") MutinyEmitter<String> emitter,
            @ConfigProperty(name = "werving.events.source") String source,
            @ConfigProperty(name = "werving.outbox.batch-size", defaultValue = "100") int batchSize) {
        this.pool = pool;
        this.emitter = emitter;
        this.source = source;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${werving.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return relayOnce().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("outbox relay: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Relays one batch; returns how many events were published. */
    public Uni<Integer> relayOnce() {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(LOCK_KEY))
                .flatMap(locked -> locked.iterator().next().getBoolean("locked")
                        ? publishPending(connection)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishPending(SqlConnection connection) {
        return connection.preparedQuery("SELECT id, aggregate_type, aggregate_id, type, payload::text AS payload, occurred_at"
                        + " FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT $1")
                .execute(Tuple.of(batchSize))
                .flatMap(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    if (pending.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    List<UUID> sent = new ArrayList<>();
                    return Multi.createFrom().iterable(pending)
                            .onItem().transformToUniAndConcatenate(row -> send(row).invoke(() -> sent.add(row.getUUID("id"))))
                            .collect().last()
                            .flatMap(ignored -> connection
                                    .preparedQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)")
                                    .execute(Tuple.of(sent.toArray(new UUID[0]))))
                            .replaceWith(sent.size());
                });
    }

    private Uni<Void> send(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", row.getUUID("id").toString());
        header(headers, "ce_source", source);
        header(headers, "ce_type", row.getString("type"));
        header(headers, "ce_subject", row.getString("aggregate_id"));
        header(headers, "ce_time", row.getOffsetDateTime("occurred_at").format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, "ce_aggregatetype", row.getString("aggregate_type"));
        header(headers, "content-type", "application/json");
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.getString("aggregate_id"))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Published rows are kept a while for inspection, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return pool.query("DELETE FROM outbox_event WHERE published_at < now() - interval '7 days'").execute()
                .replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid();
    }

}
