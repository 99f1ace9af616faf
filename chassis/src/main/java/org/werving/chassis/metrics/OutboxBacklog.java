package org.werving.chassis.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code werving_outbox_backlog} and {@code werving_outbox_oldest_age_seconds}: events written but not yet
 * acknowledged by the broker. A growing age means the relay cannot publish (broker down, relay stuck).
 */
@ApplicationScoped
public class OutboxBacklog {
    private final Backlog backlog;

    public OutboxBacklog(MeterRegistry registry, Pool pool) {
        this.backlog = new Backlog(registry, pool, "werving.outbox", "Outbox events not yet published",
                "SELECT count(*), extract(epoch FROM now() - min(occurred_at)) FROM outbox_event WHERE published_at IS NULL");
    }

    @Scheduled(every = "${werving.metrics.backlog-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return backlog.refresh();
    }

    public Backlog backlog() {
        return backlog;
    }
}
