package org.werving.vacancy.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.PortalListing;
import org.werving.vacancy.model.Procedure;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyDetails;
import org.werving.vacancy.model.VacancyStatus;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows the portal's in-memory snapshot is built from, read with plain SQL (no Hibernate session): the
 * vacancy's public fields with its JSON columns parsed once, and the lexemes of its generated {@code search}
 * column with their positions, so that the Dutch full-text search keeps PostgreSQL's stemming. Also turns a
 * search text into PostgreSQL's query ({@code websearch_to_tsquery('dutch', q)}).
 */
@ApplicationScoped
public class PortalRows {
    private static final Logger LOG = Logger.getLogger(PortalRows.class);
    private static final TypeReference<Map<String, int[]>> LEXEMES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            SELECT id, reference, title, formal_title, directorate, team, level, salary_scale, purpose, seats, seats_filled,
                   status, application_deadline, admission::text AS admission, procedure::text AS procedure,
                   details::text AS details, reserve_validity_months, published_at, closed_at, version,
                   (SELECT jsonb_object_agg(lexeme, positions) FROM unnest(search))::text AS lexemes
              FROM vacancy
            """;

    private final Pool pool;
    private final ObjectMapper json;

    public PortalRows(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** A vacancy as the portal shows it (not a managed entity) and its search lexemes. */
    public record PortalRow(Vacancy vacancy, Map<String, int[]> lexemes) {
    }

    /** Every vacancy the portal can list: published, or closed within the recently-closed window. */
    public Uni<List<PortalRow>> visible() {
        return pool.preparedQuery(COLUMNS + " WHERE status = 'PUBLISHED' OR (status = 'CLOSED' AND closed_at > now() - make_interval(days => $1))")
                .execute(Tuple.of(PortalListing.RECENTLY_CLOSED_DAYS)).map(this::rows);
    }

    /** These vacancies, whatever their state (a missing id has no row). */
    public Uni<List<PortalRow>> byIds(Collection<UUID> ids) {
        return pool.preparedQuery(COLUMNS + " WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).map(this::rows);
    }

    /** PostgreSQL's reading of a search text: the text form of {@code websearch_to_tsquery('dutch', q)}. */
    public Uni<String> textQuery(String q) {
        return pool.preparedQuery("SELECT websearch_to_tsquery('dutch'::regconfig, $1)::text AS query")
                .execute(Tuple.of(q)).map(rows -> rows.iterator().next().getString("query"));
    }

    private List<PortalRow> rows(RowSet<Row> rows) {
        List<PortalRow> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            try {
                out.add(new PortalRow(vacancy(row), read(row.getString("lexemes"), LEXEMES)));
            } catch (RuntimeException e) {
                LOG.warnf("portal: vacancy %s left out, its row cannot be read: %s", row.getUUID("id"), e.getMessage());
            }
        }
        return out;
    }

    private Vacancy vacancy(Row row) {
        Vacancy v = new Vacancy();
        v.id = row.getUUID("id");
        v.reference = row.getString("reference");
        v.title = row.getString("title");
        v.formalTitle = row.getString("formal_title");
        v.directorate = row.getString("directorate");
        v.team = row.getString("team");
        v.level = row.getString("level");
        v.salaryScale = row.getString("salary_scale");
        v.purpose = row.getString("purpose");
        v.seats = row.getInteger("seats");
        v.seatsFilled = row.getInteger("seats_filled");
        v.status = VacancyStatus.valueOf(row.getString("status"));
        v.applicationDeadline = row.getOffsetDateTime("application_deadline");
        v.admission = read(row.getString("admission"), new TypeReference<Admission>() {
        });
        v.procedure = read(row.getString("procedure"), new TypeReference<Procedure>() {
        });
        v.details = read(row.getString("details"), new TypeReference<VacancyDetails>() {
        });
        v.reserveValidityMonths = row.getInteger("reserve_validity_months");
        v.publishedAt = row.getOffsetDateTime("published_at");
        v.closedAt = row.getOffsetDateTime("closed_at");
        v.version = row.getLong("version");
        return v;
    }

    private <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
