package org.werving.reserve.messaging;

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

    /**
     * Reads the envelope of a Kafka record.
     *
     * @throws InvalidEventException when ce_id (a UUID) or ce_type is missing, or the value is not a
     *                               JSON object: the record is poison
     */
    public static EventEnvelope from(Message<String> message, ObjectMapper json) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new InvalidEventException("not a Kafka record"));
        Headers headers = metadata.getHeaders();
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new InvalidEventException("no CloudEvents envelope: ce_id and ce_type are required");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("ce_id is not a UUID: " + id);
        }
        OffsetDateTime time = null;
        String ceTime = header(headers, "ce_time");
        if (ceTime != null) {
            try {
                time = OffsetDateTime.parse(ceTime.trim());
            } catch (DateTimeParseException e) {
                time = null; // informative only
            }
        }
        String value = message.getPayload();
        if (value == null) {
            throw new InvalidEventException("event " + eventId + " (" + type + ") has no value");
        }
        JsonNode payload;
        try {
            payload = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + eventId + " (" + type + ") is not valid JSON", e);
        }
        if (payload == null || !payload.isObject()) {
            throw new InvalidEventException("event " + eventId + " (" + type + ") is not a JSON object");
        }
        return new EventEnvelope(eventId, type.trim(), header(headers, "ce_subject"), time, payload);
    }

    /** The payload as the given record type; unknown fields are ignored. */
    public <T> T payloadAs(ObjectMapper json, Class<T> eventType) {
        try {
            return json.treeToValue(payload, eventType);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + id + " (" + type + ") has a malformed field: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
