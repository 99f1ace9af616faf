package org.werving.chassis.app;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.reactive.Steps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers: write events through the outbox, read the effects, the topics and the tables. */
@ApplicationScoped
public class Pipeline {
    public static final String TOPIC = "werving.chassis.events";
    public static final String DLQ = "werving.chassis-test.dlq";
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final Pool pool;
    private KafkaCompanion companion;

    public Pipeline(Outbox outbox, Pool pool) {
        this.outbox = outbox;
        this.pool = pool;
    }

    /** One event to write: its subject (the Kafka key), type and payload. */
    public record Event(String subject, String type, Map<String, Object> payload) {
    }

    /** Writes the events in one transaction, as a service writes them beside its change; yields their ids. */
    public List<UUID> write(List<Event> events) throws Throwable {
        List<UUID> ids = new ArrayList<>();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Steps.each(events,
                e -> outbox.record("Test", e.subject(), e.type(), e.payload(), java.time.OffsetDateTime.now())
                        .invoke(ids::add))));
        return ids;
    }

    public UUID write(String subject, String type, Map<String, Object> payload) throws Throwable {
        return write(List.of(new Event(subject, type, payload))).get(0);
    }

    public long count(String sql, Object... args) {
        return pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely()
                .iterator().next().getLong(0);
    }

    public List<Integer> effectsOf(String subject) {
        List<Integer> ns = new ArrayList<>();
        pool.preparedQuery("SELECT n FROM effect WHERE subject = $1 ORDER BY seq").execute(Tuple.of(subject))
                .await().indefinitely().forEach(row -> ns.add(row.getInteger("n")));
        return ns;
    }

    public void execute(String sql, Object... args) {
        pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely();
    }

    public synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return companion;
    }

    public ConsumerTask<String, String> consume(String topic) {
        return companion().consumeStrings().fromTopics(topic);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The records of the task whose ce_id is one of {@code ids}. */
    public static List<ConsumerRecord<String, String>> withIds(ConsumerTask<String, String> task, List<UUID> ids) {
        List<String> wanted = ids.stream().map(UUID::toString).toList();
        return task.getRecords().stream().filter(r -> wanted.contains(header(r, "ce_id"))).toList();
    }
}
