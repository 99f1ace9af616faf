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
 * applications received in a period, each an index range on applied_on (or on vacancy and applied_on).
 * Plain SQL on the reactive pool: no entities are loaded.
 */
@ApplicationScoped
public class DashboardQueries {
    private static final String VACANCIES = """
            SELECT a.vacancy_id, v.title, v.reference, count(*) AS applied,
                   count(*) FILTER (WHERE a.admitted) AS admitted,
                   count(*) FILTER (WHERE a.capacity_test_taken) AS ct_taken,
                   count(*) FILTER (WHERE a.capacity_test_passed) AS ct_passed,
                   count(a.reserve_at) AS reserve, count(a.appointed_at) AS appointed,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY a.hire_days) AS hire_p50,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY a.hire_days) AS hire_p90,
                   count(*) FILTER (WHERE a.admitted AND a.route = 'DIPLOMA') AS diploma,
                   count(*) FILTER (WHERE a.admitted AND a.route = 'EXPERIENCE_AND_TEST') AS experience,
                   count(*) FILTER (WHERE a.admitted AND a.route = 'INTERNAL') AS internal
              FROM dash_application a LEFT JOIN dash_vacancy v ON v.vacancy_id = a.vacancy_id
             WHERE a.applied_on BETWEEN $1 AND $2 %s
             GROUP BY a.vacancy_id, v.title, v.reference
             ORDER BY v.reference NULLS LAST, v.title NULLS LAST, a.vacancy_id""";
    private static final String STAGES = """
            SELECT s.vacancy_id, s.stage_order, n.name, count(*) AS entered,
                   count(*) FILTER (WHERE s.passed) AS passed, count(*) FILTER (WHERE NOT s.passed) AS eliminated,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY s.hours) AS p50,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY s.hours) AS p90
              FROM dash_stage s
              LEFT JOIN dash_vacancy_stage n ON n.vacancy_id = s.vacancy_id AND n.stage_order = s.stage_order
             WHERE s.applied_on BETWEEN $1 AND $2 %s
             GROUP BY s.vacancy_id, s.stage_order, n.name
             ORDER BY s.vacancy_id, s.stage_order""";
    private static final String KNOWN = """
            SELECT v.title, v.reference FROM dash_vacancy v WHERE v.vacancy_id = $1
            UNION ALL
            SELECT NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM dash_vacancy WHERE vacancy_id = $1)
               AND EXISTS (SELECT 1 FROM dash_application WHERE vacancy_id = $1)""";
    private static final String ONE_VACANCY_APPLICATIONS = "AND a.vacancy_id = $3";
    private static final String ONE_VACANCY_STAGES = "AND s.vacancy_id = $3";

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
                        r.getLong("reserve"), r.getLong("appointed"), r.getDouble("hire_p50"), r.getDouble("hire_p90"),
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
                        r.getLong("entered"), r.getLong("passed"), r.getLong("eliminated"), r.getDouble("p50"),
                        r.getDouble("p90")));
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

    private static Tuple params(LocalDate from, LocalDate to, UUID vacancyId) {
        return vacancyId == null ? Tuple.of(from, to) : Tuple.of(from, to, vacancyId);
    }
}
