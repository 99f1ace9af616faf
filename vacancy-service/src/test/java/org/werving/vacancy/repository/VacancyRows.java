package org.werving.vacancy.repository;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/** Writes vacancy rows straight into the database, for the repository tests. */
public final class VacancyRows {
    private VacancyRows() {
    }

    public record Row(UUID id, String title, String directorate, String level, String status, OffsetDateTime deadline,
            OffsetDateTime closedAt, String purpose, String detailsJson) {
        public Row(String title, String directorate, String status, OffsetDateTime deadline) {
            this(UUID.randomUUID(), title, directorate, "B", status, deadline, null, null, null);
        }

        public Row withId(UUID newId) {
            return new Row(newId, title, directorate, level, status, deadline, closedAt, purpose, detailsJson);
        }

        public Row withLevel(String newLevel) {
            return new Row(id, title, directorate, newLevel, status, deadline, closedAt, purpose, detailsJson);
        }

        public Row closedAt(OffsetDateTime at) {
            return new Row(id, title, directorate, level, status, deadline, at, purpose, detailsJson);
        }

        public Row withPurpose(String text) {
            return new Row(id, title, directorate, level, status, deadline, closedAt, text, detailsJson);
        }

        public Row withDetails(String json) {
            return new Row(id, title, directorate, level, status, deadline, closedAt, purpose, json);
        }
    }

    public static UUID insert(Pool pool, Row row) {
        pool.preparedQuery("""
                        INSERT INTO vacancy (id, reference, title, directorate, team, level, salary_scale, purpose, status,
                                             application_deadline, closed_at, details, created_at, procedure)
                        VALUES ($1, 'REPO', $2, $3, 'Team', $4, 'B1-B3', $5, $6, $7, $8, $9::text::jsonb, $10, '{"stages":[]}'::jsonb)""")
                .execute(Tuple.tuple(Arrays.asList(row.id(), row.title(), row.directorate(), row.level(), row.purpose(),
                        row.status(), row.deadline(), row.closedAt(), row.detailsJson(), OffsetDateTime.now(ZoneOffset.UTC))))
                .await().indefinitely();
        return row.id();
    }
}
