package org.werving.candidate.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.jboss.logging.Logger;

/**
 * Erases personal data when its retention period ends: {@code werving.retention.days-after-leaving}
 * after the candidate left the procedure (not admitted, eliminated, withdrawn), and
 * {@code werving.retention.days-after-reserve} after their reserve entry expired. Each erasure
 * publishes CandidateDataErased (reason RETENTION). Safe on several replicas at once: each
 * application is erased by the one whose conditional UPDATE wins.
 */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Erasure applications;
    private final int daysAfterLeaving;
    private final int daysAfterReserve;

    public RetentionJob(Erasure applications, CandidateConfig config) {
        this.applications = applications;
        this.daysAfterLeaving = config.retention().daysAfterLeaving();
        this.daysAfterReserve = config.retention().daysAfterReserve();
    }

    @Scheduled(every = "${werving.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return runOnce().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("retention: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass (at most 100 applications); yields how many this call erased. */
    public Uni<Integer> runOnce() {
        return applications.dueForRetention(daysAfterLeaving, daysAfterReserve)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(0) : Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(applications::eraseForRetention)
                        .collect().asList()
                        .map(results -> (int) results.stream().filter(Boolean::booleanValue).count()));
    }
}
