package org.werving.reserve.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.FunnelRows;
import org.werving.reserve.model.Histogram;
import org.werving.reserve.model.PeriodUnits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard's reads, from the pre-aggregates (db/migration V7): per vacancy, and per vacancy and stage, the
 * rows of the period's whole years, whole months and remaining days ({@link PeriodUnits}) are summed, so a request
 * reads a few rows per vacancy however many applications the period holds. The counts are exact. The medians and
 * p90s come from the summed histograms ({@link Histogram}, its resolution documented there); a group with at most
 * {@link Histogram#EXACT_UP_TO} measured values gets the exact percentile from its read-model rows instead (a
 * small index range). Plain SQL on the reactive pool: no entities.
 */
@ApplicationScoped
public class DashboardQueries {
    private static final String UNITS = """
            ((unit = 'Y' AND starts = ANY($1::date[])) OR (unit = 'M' AND starts = ANY($2::date[]))
                OR (unit = 'D' AND starts = ANY($3::date[])))""";
    private static final String VACANCIES = """
            SELECT a.*, v.title, v.reference FROM (
                SELECT vacancy_id, sum(applied) AS applied, sum(admitted) AS admitted, sum(ct_taken) AS ct_taken,
                       sum(ct_passed) AS ct_passed, sum(reserve) AS reserve, sum(appointed) AS appointed,
                       sum(diploma) AS diploma, sum(experience) AS experience, sum(internal) AS internal,
                       sum(hired) AS hired, dash_hist_cat(hire_hist) AS hist
                  FROM dash_agg_vacancy
                 WHERE %s %s
                 GROUP BY vacancy_id HAVING sum(applied) > 0) a
              LEFT JOIN dash_vacancy v ON v.vacancy_id = a.vacancy_id
             ORDER BY v.reference NULLS LAST, v.title NULLS LAST, a.vacancy_id""";
    private static final String STAGES = """
            SELECT s.*, n.name FROM (
                SELECT vacancy_id, stage_order, sum(entered) AS entered, sum(passed) AS passed,
                       sum(eliminated) AS eliminated, sum(measured) AS measured, dash_hist_cat(hours_hist) AS hist
                  FROM dash_agg_stage
                 WHERE %s %s
                 GROUP BY vacancy_id, stage_order HAVING sum(entered) > 0) s
              LEFT JOIN dash_vacancy_stage n ON n.vacancy_id = s.vacancy_id AND n.stage_order = s.stage_order
             ORDER BY s.vacancy_id, s.stage_order""";
    private static final String ONE_VACANCY = "AND vacancy_id = $4";
    /** The exact percentiles of the small groups, from their measured rows only. */
    private static final String EXACT_HIRE = """
            SELECT vacancy_id, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hire_days) AS p
              FROM dash_application
             WHERE vacancy_id = ANY($3::uuid[]) AND applied_on BETWEEN $1 AND $2 AND hire_days IS NOT NULL
             GROUP BY vacancy_id""";
    private static final String EXACT_HOURS = """
            SELECT s.vacancy_id, s.stage_order, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY s.hours) AS p
              FROM unnest($3::uuid[], $4::int[]) g(vacancy_id, stage_order)
              JOIN dash_stage s ON s.vacancy_id = g.vacancy_id AND s.stage_order = g.stage_order
             WHERE s.applied_on BETWEEN $1 AND $2 AND s.hours IS NOT NULL
             GROUP BY s.vacancy_id, s.stage_order""";
    private static final String KNOWN = """
            SELECT v.title, v.reference FROM dash_vacancy v WHERE v.vacancy_id = $1
            UNION ALL
            SELECT NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM dash_vacancy WHERE vacancy_id = $1)
               AND EXISTS (SELECT 1 FROM dash_application WHERE vacancy_id = $1)""";

    private final Pool pool;

    public DashboardQueries(Pool pool) {
        this.pool = pool;
    }

    /** Per vacancy with applications received in [from, to] (the city's dates); null vacancyId: all of them. */
    public Uni<List<FunnelRows.VacancyRow>> vacancies(LocalDate from, LocalDate to, UUID vacancyId) {
        String sql = VACANCIES.formatted(UNITS, vacancyId == null ? "" : ONE_VACANCY);
        return pool.preparedQuery(sql).execute(params(from, to, vacancyId)).flatMap(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            List<UUID> small = list.stream().filter(r -> small(r.getLong("hired"))).map(r -> r.getUUID("vacancy_id"))
                    .toList();
            return exactHire(from, to, small).map(exact -> list.stream().map(r -> vacancyRow(r,
                    percentiles(r, "hired", exact.get(r.getUUID("vacancy_id"))))).toList());
        });
    }

    /** Per vacancy and stage, over the applications received in [from, to]; null vacancyId: all vacancies. */
    public Uni<List<FunnelRows.StageRow>> stages(LocalDate from, LocalDate to, UUID vacancyId) {
        String sql = STAGES.formatted(UNITS, vacancyId == null ? "" : ONE_VACANCY);
        return pool.preparedQuery(sql).execute(params(from, to, vacancyId)).flatMap(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            List<Row> small = list.stream().filter(r -> small(r.getLong("measured"))).toList();
            return exactHours(from, to, small).map(exact -> list.stream().map(r -> stageRow(r, percentiles(r, "measured",
                    exact.get(r.getUUID("vacancy_id") + "/" + r.getInteger("stage_order"))))).toList());
        });
    }

    private static FunnelRows.VacancyRow vacancyRow(Row r, Double[] hire) {
        return new FunnelRows.VacancyRow(r.getUUID("vacancy_id"), r.getString("title"), r.getString("reference"),
                r.getLong("applied"), r.getLong("admitted"), r.getLong("ct_taken"), r.getLong("ct_passed"),
                r.getLong("reserve"), r.getLong("appointed"), hire[0], hire[1], r.getLong("diploma"),
                r.getLong("experience"), r.getLong("internal"));
    }

    private static FunnelRows.StageRow stageRow(Row r, Double[] hours) {
        return new FunnelRows.StageRow(r.getUUID("vacancy_id"), r.getInteger("stage_order"), r.getString("name"),
                r.getLong("entered"), r.getLong("passed"), r.getLong("eliminated"), hours[0], hours[1]);
    }

    private static boolean small(long measured) {
        return measured > 0 && measured <= Histogram.EXACT_UP_TO;
    }

    /** The exact pair when the group is small, else the estimate from its summed histogram. */
    private static Double[] percentiles(Row r, String measured, Double[] exact) {
        if (small(r.getLong(measured)) && exact != null) {
            return exact;
        }
        Histogram histogram = new Histogram().add(r.getArrayOfLongs("hist"));
        return new Double[] {histogram.percentile(0.5), histogram.percentile(0.9)};
    }

    private Uni<Map<UUID, Double[]>> exactHire(LocalDate from, LocalDate to, List<UUID> vacancies) {
        if (vacancies.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(EXACT_HIRE).execute(Tuple.of(from, to, vacancies.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, Double[]> exact = new HashMap<>();
            rows.forEach(r -> exact.put(r.getUUID("vacancy_id"), r.getArrayOfDoubles("p")));
            return exact;
        });
    }

    private Uni<Map<String, Double[]>> exactHours(LocalDate from, LocalDate to, List<Row> groups) {
        if (groups.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Tuple params = Tuple.of(from, to, groups.stream().map(r -> r.getUUID("vacancy_id")).toArray(UUID[]::new),
                groups.stream().map(r -> r.getInteger("stage_order")).toArray(Integer[]::new));
        return pool.preparedQuery(EXACT_HOURS).execute(params).map(rows -> {
            Map<String, Double[]> exact = new HashMap<>();
            rows.forEach(r -> exact.put(r.getUUID("vacancy_id") + "/" + r.getInteger("stage_order"),
                    r.getArrayOfDoubles("p")));
            return exact;
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
        PeriodUnits units = PeriodUnits.of(from, to);
        Tuple tuple = Tuple.of(units.years().toArray(LocalDate[]::new), units.months().toArray(LocalDate[]::new),
                units.days().toArray(LocalDate[]::new));
        return vacancyId == null ? tuple : tuple.addUUID(vacancyId);
    }
}
