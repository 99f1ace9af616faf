package org.werving.reserve.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.ExpiredReserve;
import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The expiry's two statements, on the caller's connection and transaction: one conditional UPDATE decides which
 * reserves expire (exactly once across replicas), and their ReserveExpired rows go into the outbox.
 */
@ApplicationScoped
public class ReserveExpiryRepository {

    /** Expires every ACTIVE reserve whose last valid day is before {@code today}; what it expired. */
    public Uni<List<ExpiredReserve>> expireDue(SqlConnection connection, LocalDate today) {
        return connection.preparedQuery("UPDATE reserve SET state = 'EXPIRED', expired_at = now()"
                        + " WHERE state = 'ACTIVE' AND valid_until < $1"
                        + " RETURNING id, vacancy_id, reserve_type, valid_until, expired_at")
                .execute(Tuple.of(today))
                .map(rows -> {
                    List<ExpiredReserve> expired = new ArrayList<>();
                    for (Row row : rows) {
                        expired.add(new ExpiredReserve(row.getUUID("id"), row.getUUID("vacancy_id"),
                                ReserveType.valueOf(row.getString("reserve_type")), row.getLocalDate("valid_until"),
                                row.getOffsetDateTime("expired_at").withOffsetSameInstant(ZoneOffset.UTC)));
                    }
                    return expired;
                });
    }

    /** The outbox row of one event, in the same transaction (the relay publishes it after the commit). */
    public Uni<Void> recordEvent(SqlConnection connection, String aggregateType, UUID aggregateId, String type,
            String payload) {
        return connection.preparedQuery("INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(UUID.randomUUID(), aggregateType, aggregateId.toString(), type, payload,
                        OffsetDateTime.now(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
