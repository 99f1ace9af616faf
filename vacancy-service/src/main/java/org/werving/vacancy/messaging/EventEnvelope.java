package org.werving.vacancy.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** A consumed CloudEvent (Kafka binary mode): the ce_* headers and the JSON payload. */
public record EventEnvelope(UUID id, String type, String subject, OffsetDateTime time, JsonNode payload) {

    /** Reads the envelope; a message without ce_id/ce_type or with a payload that is not a JSON object is poison. */
    public static EventEnvelope from(Message<String> message, ObjectMapper json) {
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getHeaders)
                .orElseThrow(() -> new PoisonEventException("not a Kafka record"));
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonEventException("no ce_id or ce_type header");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_id is not a UUID: " + id);
        }
        OffsetDateTime time = null;
        String ceTime = header(headers, "ce_time");
        if (ceTime != null) {
            try {
                time = OffsetDateTime.parse(ceTime);
            } catch (DateTimeParseException e) {
                // informative only; the payload carries the times that matter
            }
        }
        JsonNode payload;
        try {
            payload = message.getPayload() == null ? null : json.readTree(message.getPayload());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("payload of " + type + " " + id + " is not valid JSON", e);
        }
        if (payload == null || !payload.isObject()) {
            throw new PoisonEventException("payload of " + type + " " + id + " is not a JSON object");
        }
        return new EventEnvelope(eventId, type.trim(), header(headers, "ce_subject"), time, payload);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
