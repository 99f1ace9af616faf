package org.werving.reserve.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.chassis.reactive.Steps;
import org.werving.reserve.messaging.out.ReserveExpired;
import org.werving.reserve.repository.ReserveExpiryRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Expires reserves whose last valid day has passed and publishes ReserveExpired, exactly once even
 * with several replicas running the job at the same moment: one conditional
 * {@code UPDATE ... WHERE state = 'ACTIVE' ... RETURNING} decides. A concurrent run blocks on the same
 * rows and, once the first commits, finds them no longer ACTIVE; the event rows are written in the
 * same transaction as the state change (transactional outbox). "Today" is the city's date, so a reserve
 * valid until a day expires at midnight Brussels time.
 */
@ApplicationScoped
public class ReserveExpiry {
    private static final Logger LOG = Logger.getLogger(ReserveExpiry.class);

    private final Pool pool;
    private final ReserveExpiryRepository repository;
    private final ObjectMapper json;
    private final CityClock clock;

    public ReserveExpiry(Pool pool, ReserveExpiryRepository repository, ObjectMapper json, CityClock clock) {
        this.pool = pool;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(every = "${werving.reserve.expiry-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return expireDue(clock.today())
                .invoke(expired -> {
                    if (!expired.isEmpty()) {
                        LOG.infof("reserves expired: %s", expired);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("reserve expiry: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Expires every ACTIVE reserve valid until before {@code today}; returns the ids this run expired. */
    public Uni<List<UUID>> expireDue(LocalDate today) {
        return pool.withTransaction(connection -> repository.expireDue(connection, today)
                .map(reserves -> reserves.stream().map(r -> new ReserveExpired(r.id(), r.vacancyId(), r.reserveType(),
                        r.validUntil(), r.expiredAt())).toList())
                .flatMap(expired -> Steps.each(expired, event -> repository.recordEvent(connection,
                                ReserveLookups.RESERVE_AGGREGATE, event.reserveId(), "ReserveExpired", payload(event)))
                        .map(ignored -> expired.stream().map(ReserveExpired::reserveId).toList())));
    }

    private String payload(ReserveExpired event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ReserveExpired not serialisable", e);
        }
    }
}
