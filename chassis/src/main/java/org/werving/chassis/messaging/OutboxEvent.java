package org.werving.chassis.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * announces. {@link OutboxRelay} sends it to Kafka and marks it published. Table {@code outbox_event},
 * created by each service's own migrations (with the trigger that signals the relay at commit).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "aggregate_type")
    public String aggregateType;
    @Column(name = "aggregate_id")
    public String aggregateId;
    public String type;
    /** The event payload as JSON text. */
    public String payload;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    /** The W3C traceparent of the span that recorded the event (column added by the chassis' own migration). */
    public String traceparent;
}
