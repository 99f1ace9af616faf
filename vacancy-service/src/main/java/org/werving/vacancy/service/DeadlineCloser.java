package org.werving.vacancy.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.vacancy.messaging.out.VacancyClosed;
import org.werving.vacancy.repository.DeadlineQueries;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Closes published vacancies whose application deadline has passed. Exactly once across replicas:
 * the conditional UPDATE of {@link DeadlineQueries#closeDue} decides who wins, and the VacancyClosed
 * outbox row and audit row are written in the same transaction by the winner only.
 */
@ApplicationScoped
public class DeadlineCloser {
    private static final Logger LOG = Logger.getLogger(DeadlineCloser.class);
    public static final String ACTOR = "system:deadline";
    public static final String REASON = "application deadline passed";

    private final Pool pool;
    private final DeadlineQueries queries;
    private final ObjectMapper json;
    private final PortalSnapshot portal;

    public DeadlineCloser(Pool pool, DeadlineQueries queries, ObjectMapper json, PortalSnapshot portal) {
        this.pool = pool;
        this.queries = queries;
        this.json = json;
        this.portal = portal;
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
        return closeDue(null);
    }

    /** As {@link #closeDue()}, as if it were {@code at} (null: the database's clock). */
    public Uni<List<UUID>> closeDue(OffsetDateTime at) {
        return pool.withTransaction(connection -> queries.closeDue(connection, ACTOR, REASON, at)
                .flatMap(closed -> closed.isEmpty() ? Uni.createFrom().item(List.<UUID>of())
                        : Multi.createFrom().iterable(closed)
                                .onItem().transformToUniAndConcatenate(row -> record(connection, row.id(), row.closedAt()))
                                .collect().asList()))
                .call(portal::refresh); // committed: the portal drops them before the next request
    }

    private Uni<UUID> record(SqlConnection connection, UUID id, OffsetDateTime closedAt) {
        String payload;
        try {
            payload = json.writeValueAsString(new VacancyClosed(id, closedAt, REASON));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return queries.recordEvent(connection, VacancyService.AGGREGATE, id, VacancyClosed.TYPE, payload, closedAt)
                .chain(() -> queries.recordAudit(connection, id, "CLOSED", ACTOR, closedAt, REASON))
                .replaceWith(id);
    }
}
