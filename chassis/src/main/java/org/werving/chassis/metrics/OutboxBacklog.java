package org.werving.chassis.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

/**
 * {@code werving_outbox_backlog} and {@code werving_outbox_oldest_age_seconds}: events written but not yet
 * acknowledged by the broker. A growing age means the relay cannot publish (broker down, relay stuck).
 */
@Singleton
public class OutboxBacklog extends Backlog {
    public OutboxBacklog(MeterRegistry registry, Pool pool) {
        super(registry, pool, "werving.outbox", "Outbox events not yet published",
                query("outbox_event", "occurred_at", "published_at IS NULL"));
    }
}
