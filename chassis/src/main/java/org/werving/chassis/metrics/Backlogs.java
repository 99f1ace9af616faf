package org.werving.chassis.metrics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;

/**
 * Reads every {@link Backlog} bean of the service (the chassis' outbox, a service's own queues) on one timer,
 * {@code werving.metrics.backlog-interval} (15 s); a scrape only shows the last reading.
 */
@ApplicationScoped
public class Backlogs {
    private final Instance<Backlog> backlogs;

    public Backlogs(Instance<Backlog> backlogs) {
        this.backlogs = backlogs;
    }

    @Scheduled(every = "${werving.metrics.backlog-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        List<Uni<Void>> reads = backlogs.stream().map(Backlog::refresh).toList();
        return reads.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(reads).andFailFast().replaceWithVoid();
    }
}
