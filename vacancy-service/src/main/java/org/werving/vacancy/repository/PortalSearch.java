package org.werving.vacancy.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The portal list as one SQL statement: Dutch full-text search on the generated {@code search}
 * tsvector (GIN index), filters, and stable pages ordered by deadline then id.
 */
@ApplicationScoped
public class PortalSearch {
    /** How long a closed vacancy stays visible with {@code includeClosed}. */
    public static final int RECENTLY_CLOSED_DAYS = 30;

    private static final String SQL = """
            SELECT id, reference, title, directorate, team, level, salary_scale, status, application_deadline,
                   ARRAY(SELECT jsonb_array_elements_text(coalesce(details -> 'workDomains', '[]'::jsonb))) AS work_domains,
                   details -> 'offer' ->> 'contractType' AS contract_type
              FROM vacancy
             WHERE (status = 'PUBLISHED'
                    OR ($1 AND status = 'CLOSED' AND closed_at > now() - make_interval(days => $10)))
               AND ($2::text IS NULL OR search @@ websearch_to_tsquery('dutch'::regconfig, $2))
               AND ($3::text IS NULL OR level = $3)
               AND ($4::text IS NULL OR lower(directorate) = lower($4))
               AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(coalesce(details -> 'workDomains', '[]'::jsonb)) d
                                                 WHERE lower(d) = lower($5)))
               AND ($6::text IS NULL OR details -> 'offer' ->> 'contractType' = $6)
               AND ($7::timestamptz IS NULL OR application_deadline > $7)
             ORDER BY application_deadline NULLS LAST, id
             LIMIT $8 OFFSET $9
            """;

    private final Pool pool;

    public PortalSearch(Pool pool) {
        this.pool = pool;
    }

    public record Filter(String q, String level, String directorate, String workDomain, String contractType,
            OffsetDateTime deadlineAfter, boolean includeClosed) {
    }

    /** One line of the portal's list. */
    public record Item(UUID id, String reference, String title, String directorate, String team, String level,
            String salaryScale, String status, OffsetDateTime applicationDeadline, List<String> workDomains,
            String contractType) {
    }

    /** One page (1-based) of {@code size} items, plus one extra row to tell whether a next page exists. */
    public Uni<List<Item>> page(Filter filter, int page, int size) {
        Tuple args = Tuple.tuple(Arrays.asList(filter.includeClosed(), blankToNull(filter.q()), blankToNull(filter.level()),
                blankToNull(filter.directorate()), blankToNull(filter.workDomain()), blankToNull(filter.contractType()),
                filter.deadlineAfter(), size + 1, (long) (page - 1) * size, RECENTLY_CLOSED_DAYS));
        return pool.preparedQuery(SQL).execute(args).map(rows -> {
            List<Item> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new Item(row.getUUID("id"), row.getString("reference"), row.getString("title"),
                        row.getString("directorate"), row.getString("team"), row.getString("level"),
                        row.getString("salary_scale"), row.getString("status"), row.getOffsetDateTime("application_deadline"),
                        Arrays.asList(row.getArrayOfStrings("work_domains")), row.getString("contract_type")));
            }
            return items;
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
