package org.werving.chassis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.tracing.TraceParents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the outbox; call it inside the transaction that changes the state. The
 * table's statement trigger signals the relay (NOTIFY werving_outbox) in the same transaction, so
 * the event is published as soon as the transaction commits. The current span's W3C traceparent is stored
 * with it, so the trace goes on in whoever consumes the event.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> record(String aggregateType, Object aggregateId, String type, Object payload) {
        return record(aggregateType, aggregateId, type, payload, OffsetDateTime.now(ZoneOffset.UTC)).replaceWithVoid();
    }

    /** Records an event that happened at {@code occurredAt}; yields the event id (the ce_id it will carry). */
    public Uni<UUID> record(String aggregateType, Object aggregateId, String type, Object payload,
            OffsetDateTime occurredAt) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = String.valueOf(aggregateId);
        event.type = type;
        event.occurredAt = occurredAt;
        event.traceparent = TraceParents.current();
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("event " + type + " not serialisable", e));
        }
        return event.persist().replaceWith(event.id);
    }
}
