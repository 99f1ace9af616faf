package org.werving.reserve.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.FunnelRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dashboard's reads: two aggregate queries over the read model (dash_application, dash_stage) for the
 * applications received in a period, each read from a covering index already in group order (no sort, no
 * heap access); the median and p90 come from one sort per group. Plain SQL on the reactive pool: no entities.
 */
@ApplicationScoped
public class DashboardQueries {
    private static final String VACANCIES = """
            SELECT a.*, v.title, v.reference FROM (
                SELECT vacancy_id, count(*) AS applied, count(*) FILTER (WHERE admitted) AS admitted,
                       count(*) FILTER (WHERE capacity_test_taken) AS ct_taken,
                       count(*) FILTER (WHERE capacity_test_passed) AS ct_passed,
                       count(reserve_at) AS reserve, count(appointed_at) AS appointed,
                       percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hire_days) AS hire,
                       count(*) FILTER (WHERE admitted AND route = 'DIPLOMA') AS diploma,
                       count(*) FILTER (WHERE admitted AND route = 'EXPERIENCE_AND_TEST') AS experience,
                       count(*) FILTER (WHERE admitted AND route = 'INTERNAL') AS internal
                  FROM dash_application
                 WHERE applied_on BETWEEN $1 AND $2 %s
                 GROUP BY vacancy_id) a
              LEFT JOIN dash_vacancy v ON v.vacancy_id = a.vacancy_id
             ORDER BY v.reference NULLS LAST, v.title NULLS LAST, a.vacancy_id""";
    private static final String STAGES = """
            SELECT s.*, n.name FROM (
                SELECT vacancy_id, stage_order, count(*) AS entered, count(*) FILTER (WHERE passed) AS passed,
                       count(*) FILTER (WHERE NOT passed) AS eliminated,
                       percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hours) AS hours
                  FROM dash_stage
                 WHERE applied_on BETWEEN $1 AND $2 %s
                 GROUP BY vacancy_id, stage_order) s
              LEFT JOIN dash_vacancy_stage n ON n.vacancy_id = s.vacancy_id AND n.stage_order = s.stage_order
             ORDER BY s.vacancy_id, s.stage_order""";
    private static final String KNOWN = """
            SELECT v.title, v.reference FROM dash_vacancy v WHERE v.vacancy_id = $1
            UNION ALL
            SELECT NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM dash_vacancy WHERE vacancy_id = $1)
               AND EXISTS (SELECT 1 FROM dash_application WHERE vacancy_id = $1)""";
    private static final String ONE_VACANCY_APPLICATIONS = "AND vacancy_id = $3";
    private static final String ONE_VACANCY_STAGES = "AND vacancy_id = $3";

    private final Pool pool;

    public DashboardQueries(Pool pool) {
        this.pool = pool;
    }

    /** Per vacancy with applications received in [from, to] (the city's dates); null vacancyId: all of them. */
    public Uni<List<FunnelRows.VacancyRow>> vacancies(LocalDate from, LocalDate to, UUID vacancyId) {
        String sql = VACANCIES.formatted(vacancyId == null ? "" : ONE_VACANCY_APPLICATIONS);
        return pool.preparedQuery(sql).execute(params(from, to, vacancyId)).map(rows -> {
            List<FunnelRows.VacancyRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new FunnelRows.VacancyRow(r.getUUID("vacancy_id"), r.getString("title"), r.getString("reference"),
                        r.getLong("applied"), r.getLong("admitted"), r.getLong("ct_taken"), r.getLong("ct_passed"),
                        r.getLong("reserve"), r.getLong("appointed"), at(r, "hire", 0), at(r, "hire", 1),
                        r.getLong("diploma"), r.getLong("experience"), r.getLong("internal")));
            }
            return list;
        });
    }

    /** Per vacancy and stage, over the applications received in [from, to]; null vacancyId: all vacancies. */
    public Uni<List<FunnelRows.StageRow>> stages(LocalDate from, LocalDate to, UUID vacancyId) {
        String sql = STAGES.formatted(vacancyId == null ? "" : ONE_VACANCY_STAGES);
        return pool.preparedQuery(sql).execute(params(from, to, vacancyId)).map(rows -> {
            List<FunnelRows.StageRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new FunnelRows.StageRow(r.getUUID("vacancy_id"), r.getInteger("stage_order"), r.getString("name"),
                        r.getLong("entered"), r.getLong("passed"), r.getLong("eliminated"), at(r, "hours", 0),
                        at(r, "hours", 1)));
            }
            return list;
        });
    }

    /** A vacancy the dashboard knows (from its events or its applications) with nothing counted; null when unknown. */
    public Uni<FunnelRows.VacancyRow> vacancy(UUID vacancyId) {
        return pool.preparedQuery(KNOWN).execute(Tuple.of(vacancyId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            return new FunnelRows.VacancyRow(vacancyId, r.getString("title"), r.getString("reference"), 0, 0, 0, 0, 0, 0,
                    null, null, 0, 0, 0);
        });
    }

    /** One of the percentiles asked for in one sort; null when nothing was measured. */
    private static Double at(Row row, String column, int index) {
        Double[] values = row.getArrayOfDoubles(column);
        return values == null ? null : values[index];
    }

    private static Tuple params(LocalDate from, LocalDate to, UUID vacancyId) {
        return vacancyId == null ? Tuple.of(from, to) : Tuple.of(from, to, vacancyId);
    }
}
