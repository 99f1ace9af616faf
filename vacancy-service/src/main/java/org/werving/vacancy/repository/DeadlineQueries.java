package org.werving.vacancy.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deadline job's statements, on the caller's connection (one transaction). The conditional
 * {@code UPDATE ... WHERE status = 'PUBLISHED'} decides which replica closes a vacancy: a concurrent
 * one waits on the row lock, then finds the row no longer PUBLISHED.
 */
@ApplicationScoped
public class DeadlineQueries {
    private static final String CLOSE_DUE = """
            UPDATE vacancy SET status = 'CLOSED', closed_at = coalesce($3::timestamptz, now()), closed_by = $1,
                   close_reason = $2, version = version + 1
             WHERE status = 'PUBLISHED' AND application_deadline <= coalesce($3::timestamptz, now())
            RETURNING id, closed_at""";

    /** A vacancy this statement closed, and when. */
    public record Closed(UUID id, OffsetDateTime closedAt) {
    }

    /**
     * Closes every published vacancy whose deadline lies at or before {@code at} (null: the database's
     * now()), a deadline at exactly {@code at} included.
     */
    public Uni<List<Closed>> closeDue(SqlConnection connection, String actor, String reason, OffsetDateTime at) {
        return connection.preparedQuery(CLOSE_DUE).execute(Tuple.of(actor, reason, at)).map(rows -> {
            List<Closed> closed = new ArrayList<>();
            for (Row row : rows) {
                closed.add(new Closed(row.getUUID("id"), row.getOffsetDateTime("closed_at")));
            }
            return closed;
        });
    }

    /** The event row of the transactional outbox, written by hand on this connection. */
    public Uni<Void> recordEvent(SqlConnection connection, String aggregateType, UUID aggregateId, String type,
            String payload, OffsetDateTime at) {
        return connection.preparedQuery("INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.tuple(List.of(UUID.randomUUID(), aggregateType, aggregateId.toString(), type, payload, at)))
                .replaceWithVoid();
    }

    public Uni<Void> recordAudit(SqlConnection connection, UUID vacancyId, String action, String actor,
            OffsetDateTime at, String reason) {
        return connection.preparedQuery("INSERT INTO vacancy_audit (vacancy_id, action, actor, at, reason)"
                        + " VALUES ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(vacancyId, action, actor, at, reason))
                .replaceWithVoid();
    }
}
