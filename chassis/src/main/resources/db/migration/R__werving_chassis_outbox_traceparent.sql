-- Shipped by the chassis jar and applied by every service's Flyway after its own migrations (a repeatable
-- migration, so it never competes with a service's version numbers): the W3C traceparent of the span that
-- recorded the event, which OutboxRelay passes on in the Kafka header 'traceparent'. Null for events
-- recorded outside a trace (scheduled jobs writing the outbox with plain SQL).
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent varchar(128);
