package org.werving.vacancy.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A consumed event, stored in the transaction that applied it: the de-duplication key. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "processed_at")
    public OffsetDateTime processedAt;

    public ProcessedEvent() {
    }

    public ProcessedEvent(UUID eventId, String eventType, OffsetDateTime processedAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.processedAt = processedAt;
    }
}
