package org.werving.chassis.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An event already consumed, written in the same transaction as its effect: a redelivered event
 * (same ce_id) finds its row and is skipped. Table {@code processed_event}, created by each service's
 * own migrations.
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

    public ProcessedEvent() {
    }

    public static ProcessedEvent of(EventEnvelope envelope) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = envelope.id();
        processed.eventType = envelope.type();
        processed.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return processed;
    }
}
