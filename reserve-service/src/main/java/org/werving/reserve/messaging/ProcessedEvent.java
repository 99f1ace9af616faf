package org.werving.reserve.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event already consumed, written in the same transaction as its effect: a redelivered event
 * (same {@code ce_id}) finds its row and is skipped.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "processed_at")
    public OffsetDateTime processedAt;

    public static ProcessedEvent of(EventEnvelope envelope) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = envelope.id();
        processed.eventType = envelope.type();
        processed.processedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        return processed;
    }
}
