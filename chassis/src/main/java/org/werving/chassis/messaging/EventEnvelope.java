package org.werving.chassis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * A consumed CloudEvent in Kafka binary mode: the ce_* headers and the JSON payload. {@code subject}
 * is ce_subject, else the record key; {@code time} is ce_time, else the record's timestamp.
 */
public record EventEnvelope(UUID id, String type, String subject, OffsetDateTime time, JsonNode payload) {

    /**
     * Reads the envelope of a Kafka message.
     *
     * @throws UnreadableEventException when ce_id (a UUID) or ce_type is missing, or the value is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static EventEnvelope read(Message<String> message, ObjectMapper json) {
        Optional<IncomingKafkaRecordMetadata> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        Headers headers = metadata.map(IncomingKafkaRecordMetadata::getHeaders).orElse(null);
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new UnreadableEventException("no CloudEvents envelope: ce_id and ce_type are required");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("ce_id is not a UUID: " + id);
        }
        String subject = header(headers, "ce_subject");
        if (subject == null) {
            subject = metadata.map(m -> m.getKey() == null ? null : String.valueOf(m.getKey())).orElse(null);
        }
        OffsetDateTime time = time(header(headers, "ce_time"), metadata.orElse(null));
        String value = message.getPayload();
        if (value == null) {
            throw new UnreadableEventException("event " + eventId + " (" + type + ") has no value");
        }
        JsonNode payload;
        try {
            payload = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("event " + eventId + " (" + type + ") is not valid JSON", e);
        }
        if (payload == null || !payload.isObject()) {
            throw new UnreadableEventException("event " + eventId + " (" + type + ") is not a JSON object");
        }
        return new EventEnvelope(eventId, type.trim(), subject, time, payload);
    }

    /** The payload as one of the event records; a payload that does not fit is an {@link UnreadableEventException}. */
    public <T> T payloadAs(Class<T> eventType, ObjectMapper json) {
        try {
            return json.treeToValue(payload, eventType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("event " + id + " (" + type + ") does not fit "
                    + eventType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime time(String ceTime, IncomingKafkaRecordMetadata<?, ?> metadata) {
        if (ceTime != null) {
            try {
                return OffsetDateTime.parse(ceTime.trim());
            } catch (DateTimeParseException e) {
                // informative only: fall back on the record's timestamp
            }
        }
        if (metadata != null && metadata.getTimestamp() != null && metadata.getTimestamp().toEpochMilli() > 0) {
            return metadata.getTimestamp().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String header(Headers headers, String name) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
