package org.werving.reserve;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Input events as the other services publish them: CloudEvents in Kafka binary mode. */
public final class Events {
    public static final String VACANCY_TOPIC = "werving.vacancy.events";
    public static final String SELECTION_TOPIC = "werving.selection.events";
    public static final String CANDIDATE_TOPIC = "werving.candidate.events";
    public static final String RESERVE_TOPIC = "werving.reserve.events";
    public static final String DLQ_TOPIC = "werving.reserve-service.dlq";

    private Events() {
    }

    public static ProducerRecord<String, String> cloudEvent(String topic, String key, String type, String json) {
        return cloudEvent(topic, key, UUID.randomUUID(), type, json);
    }

    public static ProducerRecord<String, String> cloudEvent(String topic, String key, UUID eventId, String type, String json) {
        return cloudEvent(topic, key, eventId, type, json, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** An event that happened at {@code time} (its ce_time). */
    public static ProducerRecord<String, String> cloudEvent(String topic, String key, String type, String json,
            OffsetDateTime time) {
        return cloudEvent(topic, key, UUID.randomUUID(), type, json, time);
    }

    public static ProducerRecord<String, String> cloudEvent(String topic, String key, UUID eventId, String type, String json,
            OffsetDateTime time) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", eventId.toString());
        header(headers, "ce_source", topic.equals(VACANCY_TOPIC) ? "/werving/vacancy-service"
                : topic.equals(CANDIDATE_TOPIC) ? "/werving/candidate-service" : "/werving/selection-service");
        header(headers, "ce_type", type);
        header(headers, "ce_subject", key);
        header(headers, "ce_time", time.toString());
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(topic, null, key, json, headers);
    }

    public static ProducerRecord<String, String> vacancyPublished(UUID vacancyId, Integer reserveValidityMonths) {
        String months = reserveValidityMonths == null ? "" : ",\"reserveValidityMonths\":" + reserveValidityMonths;
        String json = "{\"id\":\"" + vacancyId + "\",\"reference\":\"2026-017\",\"title\":\"Werkvloerbegeleider\","
                + "\"formalTitle\":\"Deskundige\",\"directorate\":\"Dienstverlening en sociaal beleid\",\"level\":\"B\","
                + "\"salaryScale\":\"B1-B3\",\"status\":\"PUBLISHED\",\"seats\":2,"
                + "\"admission\":{\"external\":[{\"label\":\"bachelor\",\"conditions\":[{\"type\":\"DIPLOMA\",\"level\":\"B\"}]}],\"internal\":[]},"
                + "\"stages\":[{\"order\":1,\"type\":\"SPEED_INTERVIEW\",\"name\":\"Speedinterview\",\"eliminating\":true,\"passMark\":60}]"
                + months + ",\"publishedAt\":\"2026-11-22T09:00:00Z\"}";
        return cloudEvent(VACANCY_TOPIC, vacancyId.toString(), "VacancyPublished", json);
    }

    public static ProducerRecord<String, String> selectionPassed(UUID vacancyId, UUID applicationId, double finalScore,
            boolean internal) {
        return cloudEvent(SELECTION_TOPIC, applicationId.toString(), "SelectionPassed",
                selectionPassedJson(vacancyId, applicationId, finalScore, internal));
    }

    public static String selectionPassedJson(UUID vacancyId, UUID applicationId, double finalScore, boolean internal) {
        return "{\"applicationId\":\"" + applicationId + "\",\"vacancyId\":\"" + vacancyId + "\",\"finalScore\":"
                + finalScore + ",\"internal\":" + internal + ",\"reserveType\":\""
                + (internal ? "PROMOTION" : "RECRUITMENT") + "\"}";
    }

    public static ProducerRecord<String, String> applicationWithdrawn(UUID vacancyId, UUID applicationId) {
        return cloudEvent(CANDIDATE_TOPIC, applicationId.toString(), "ApplicationWithdrawn", "{\"applicationId\":\""
                + applicationId + "\",\"vacancyId\":\"" + vacancyId + "\",\"withdrawnAt\":\"2026-11-30T08:00:00Z\"}");
    }

    public static ProducerRecord<String, String> candidateDataErased(UUID vacancyId, UUID applicationId, String reason) {
        return cloudEvent(CANDIDATE_TOPIC, applicationId.toString(), "CandidateDataErased", "{\"applicationId\":\""
                + applicationId + "\",\"vacancyId\":\"" + vacancyId + "\",\"erasedAt\":\"2026-11-30T08:00:01Z\",\"reason\":\""
                + reason + "\"}");
    }

    public static UUID id(ProducerRecord<String, String> record) {
        return UUID.fromString(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
