package org.werving.reserve.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.werving.chassis.reactive.Steps;
import org.werving.reserve.messaging.ReserveExpired;
import org.werving.reserve.model.ReserveType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Expires reserves whose last valid day has passed and publishes ReserveExpired, exactly once even
 * with several replicas running the job at the same moment: one conditional
 * {@code UPDATE ... WHERE state = 'ACTIVE' ... RETURNING} decides. A concurrent run blocks on the same
 * rows and, once the first commits, finds them no longer ACTIVE; the event rows are written in the
 * same transaction as the state change (transactional outbox).
 */
@ApplicationScoped
public class ReserveExpiry {
    private static final Logger LOG = Logger.getLogger(ReserveExpiry.class);

    private final Pool pool;
    private final ObjectMapper json;
    private final ZoneId zone;

    public ReserveExpiry(Pool pool, ObjectMapper json,
            @ConfigProperty(name = "werving.zone", defaultValue = "Europe/Brussels") ZoneId zone) {
        this.pool = pool;
        this.json = json;
        this.zone = zone;
    }

    @Scheduled(every = "${werving.reserve.expiry-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return expireDue(LocalDate.now(Clock.system(zone)))
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
        return pool.withTransaction(connection -> connection.preparedQuery(
                        "UPDATE reserve SET state = 'EXPIRED', expired_at = now()"
                                + " WHERE state = 'ACTIVE' AND valid_until < $1"
                                + " RETURNING id, vacancy_id, reserve_type, valid_until, expired_at")
                .execute(Tuple.of(today))
                .flatMap(rows -> {
                    List<ReserveExpired> expired = new ArrayList<>();
                    for (Row row : rows) {
                        expired.add(new ReserveExpired(row.getUUID("id"), row.getUUID("vacancy_id"),
                                ReserveType.valueOf(row.getString("reserve_type")), row.getLocalDate("valid_until"),
                                row.getOffsetDateTime("expired_at").withOffsetSameInstant(ZoneOffset.UTC)));
                    }
                    return Steps.each(expired, event -> record(connection, event))
                            .map(ignored -> expired.stream().map(ReserveExpired::reserveId).toList());
                }));
    }

    private Uni<Void> record(SqlConnection connection, ReserveExpired event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("ReserveExpired not serialisable", e));
        }
        return connection.preparedQuery("INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at)"
                        + " VALUES ($1, $2, $3, 'ReserveExpired', $4, $5)")
                .execute(Tuple.of(UUID.randomUUID(), ReserveService.RESERVE_AGGREGATE, event.reserveId().toString(), payload,
                        OffsetDateTime.now(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
