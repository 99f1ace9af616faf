package org.werving.chassis.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;
import org.werving.chassis.metrics.Backlog;

/** A queue of the test application's own, declared as a service declares one: every processed event, aged by when. */
@Singleton
public class ProcessedBacklog extends Backlog {
    public ProcessedBacklog(MeterRegistry registry, Pool pool) {
        super(registry, pool, "werving.test.processed", "Processed test events", query("processed_event", "processed_at", "true"));
    }
}
