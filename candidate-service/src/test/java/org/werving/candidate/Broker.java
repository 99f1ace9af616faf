package org.werving.candidate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import org.werving.chassis.messaging.ProcessedEvent;

/** The real Kafka broker as the other services use it: CloudEvents in binary mode, keyed by aggregate id. */
public final class Broker implements AutoCloseable {
    public static final String VACANCY_TOPIC = "werving.vacancy.events";
    public static final String SELECTION_TOPIC = "werving.selection.events";
    public static final String RESERVE_TOPIC = "werving.reserve.events";
    public static final String CANDIDATE_TOPIC = "werving.candidate.events";
    public static final String DLQ_TOPIC = "werving.candidate-service.dlq";
    public static final Duration PATIENCE = Duration.ofSeconds(45);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaCompanion companion;

    public Broker(String bootstrap) {
        this.companion = new KafkaCompanion(bootstrap);
    }

    public KafkaCompanion companion() {
        return companion;
    }

    /** Sends a new event; returns its id (ce_id). */
    public UUID send(String topic, Object key, String type, OffsetDateTime time, Map<String, Object> payload) {
        UUID id = UUID.randomUUID();
        send(topic, String.valueOf(key), id, type, time, json(payload));
        return id;
    }

    /** Sends an event with a given id: sending the same id twice is a redelivery. */
    public void send(String topic, String key, UUID id, String type, OffsetDateTime time, String value) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", id.toString());
        header(headers, "ce_source", "/werving/test");
        header(headers, "ce_type", type);
        header(headers, "ce_subject", key);
        header(headers, "ce_time", time.toString());
        header(headers, "content-type", "application/json");
        sendRaw(topic, key, headers, value);
    }

    public void sendRaw(String topic, String key, RecordHeaders headers, String value) {
        companion.produceStrings().fromRecords(new ProducerRecord<>(topic, null, key, value, headers))
                .awaitCompletion(Duration.ofSeconds(20));
    }

    /** Publishes a vacancy to this service (VacancyPublished) and waits until it is in the read model. */
    public UUID publishVacancy(String title, OffsetDateTime deadline) {
        UUID vacancyId = UUID.randomUUID();
        awaitProcessed(send(VACANCY_TOPIC, vacancyId, "VacancyPublished", now(), vacancyPublished(vacancyId, title, deadline)));
        return vacancyId;
    }

    public void closeVacancy(UUID vacancyId) {
        awaitProcessed(send(VACANCY_TOPIC, vacancyId, "VacancyClosed", now(),
                Map.of("vacancyId", vacancyId.toString(), "closedAt", now().toString(), "reason", "closed by HR")));
    }

    public static Map<String, Object> vacancyPublished(UUID vacancyId, String title, OffsetDateTime deadline) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", vacancyId.toString());
        payload.put("reference", "2026-017");
        payload.put("title", title);
        payload.put("level", "B");
        payload.put("salaryScale", "B1-B3");
        payload.put("status", "PUBLISHED");
        payload.put("applicationDeadline", deadline.toString());
        payload.put("admission", Map.of("external", java.util.List.of(Map.of("label", "bachelor",
                "conditions", java.util.List.of(Map.of("type", "DIPLOMA", "level", "B")))), "internal", java.util.List.of()));
        payload.put("reserveValidityMonths", 24);
        payload.put("publishedAt", now().toString());
        return payload;
    }

    /** Waits until this service has committed the event with this id. */
    public static void awaitProcessed(UUID eventId) {
        await().atMost(PATIENCE).until(() -> processed(eventId));
    }

    public static boolean processed(UUID eventId) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> ProcessedEvent.<ProcessedEvent>findById(eventId))) != null;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read processed_event", e);
        }
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        companion.close();
    }
}
