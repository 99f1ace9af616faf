package org.werving.vacancy.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Closes published vacancies whose application deadline has passed. Exactly once across replicas:
 * the conditional {@code UPDATE ... WHERE status = 'PUBLISHED'} decides who wins (a concurrent
 * replica waits on the row lock, then finds the row no longer PUBLISHED), and the VacancyClosed
 * outbox row and audit row are written in the same transaction by the winner only.
 */
@ApplicationScoped
public class DeadlineCloser {
    private static final Logger LOG = Logger.getLogger(DeadlineCloser.class);
    public static final String ACTOR = "system:deadline";
    public static final String REASON = "application deadline passed";

    private final Pool pool;
    private final ObjectMapper json;

    public DeadlineCloser(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    @Scheduled(every = "${werving.closing.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return closeDue().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("deadline closer: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Closes every due vacancy; returns the ids this invocation closed. */
    public Uni<List<UUID>> closeDue() {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        UPDATE vacancy SET status = 'CLOSED', closed_at = now(), closed_by = $1, close_reason = $2,
                               version = version + 1
                         WHERE status = 'PUBLISHED' AND application_deadline <= now()
                        RETURNING id, closed_at""")
                .execute(Tuple.of(ACTOR, REASON))
                .flatMap(rows -> {
                    List<Row> closed = new ArrayList<>();
                    rows.forEach(closed::add);
                    if (closed.isEmpty()) {
                        return Uni.createFrom().item(List.<UUID>of());
                    }
                    return Multi.createFrom().iterable(closed)
                            .onItem().transformToUniAndConcatenate(row -> record(connection, row.getUUID("id"),
                                    row.getOffsetDateTime("closed_at")))
                            .collect().asList();
                }));
    }

    private Uni<UUID> record(SqlConnection connection, UUID id, OffsetDateTime closedAt) {
        String payload;
        try {
            payload = json.writeValueAsString(VacancyService.closed(id, closedAt, REASON));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return connection.preparedQuery("INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at)"
                        + " VALUES ($1, $2, $3, 'VacancyClosed', $4, $5)")
                .execute(Tuple.of(UUID.randomUUID(), VacancyService.AGGREGATE, id.toString(), payload, closedAt))
                .chain(() -> connection.preparedQuery("INSERT INTO vacancy_audit (vacancy_id, action, actor, at, reason)"
                                + " VALUES ($1, 'CLOSED', $2, $3, $4)")
                        .execute(Tuple.of(id, ACTOR, closedAt, REASON)))
                .replaceWith(id);
    }
}
