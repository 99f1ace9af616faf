package org.werving.reserve.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.werving.reserve.Tokens;
import org.werving.reserve.repository.DashboardQueries;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The dashboard benchmark (docs/benchmarks.md): fills the read model of the real PostgreSQL with one million
 * applications of 2024 over 200 vacancies (SQL generate_series, synthetic), then measures the dashboard API
 * over HTTP and prints p50/p95/p99, beside the HTTP floor of the same JVM, the repository alone, the per-row
 * queries the dashboard ran before its pre-aggregates (V7), and the baseline of computing the same funnel per
 * request from a raw event table of the same applications. A harness, not a test: it prints figures and asserts only that the
 * answers are complete. Runs only when asked:
 * {@code ./mvnw -pl chassis,deploy/infra,reserve-service -am verify -Dtest=DashboardBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dwerving.bench.dashboard=true} (deploy/bench/dashboard.sh).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "werving.bench.dashboard", matches = "true")
class DashboardBenchmark {
    static final int APPLICATIONS = Integer.getInteger("werving.bench.applications", 1_000_000);
    static final int VACANCIES = Integer.getInteger("werving.bench.vacancies", 200);
    static final int REQUESTS = Integer.getInteger("werving.bench.requests", 200);
    static final int WARMUP = Integer.getInteger("werving.bench.warmup", 20);
    static final int BASELINE_RUNS = Integer.getInteger("werving.bench.baseline-runs", 5);
    static final int PER_ROW_RUNS = Integer.getInteger("werving.bench.per-row-runs", 10);
    static final Duration SQL_WAIT = Duration.ofMinutes(30);

    @Inject
    Pool pool;
    @Inject
    DashboardQueries queries;

    @Test
    void measure() {
        fill();
        String token = Tokens.token("bench", "dashboard");
        UUID oneVacancy = vacancyId(17);
        // every API scenario warmed before any is measured: the first one measured does not pay for the JIT
        List<Map.Entry<String, Supplier<Response>>> api = List.of(
                Map.entry("year, all vacancies, JSON", () -> get(token, "/dashboard/funnels", "2024-01-01", "2024-12-31")),
                Map.entry("year, all vacancies, CSV", () -> get(token, "/dashboard/funnels.csv", "2024-01-01", "2024-12-31")),
                Map.entry("year, one vacancy, JSON", () -> get(token, "/dashboard/funnels/" + oneVacancy, "2024-01-01",
                        "2024-12-31")),
                Map.entry("one month, all vacancies, JSON", () -> get(token, "/dashboard/funnels", "2024-03-01",
                        "2024-03-31")),
                // like the page's default "last 365 days": whole months inside, days at both edges
                Map.entry("365 days 2023-12-17..2024-12-15, all vacancies, JSON", () -> get(token, "/dashboard/funnels",
                        "2023-12-17", "2024-12-15")));
        for (int i = 0; i < WARMUP; i++) {
            api.forEach(scenario -> scenario.getValue().get());
        }
        List<String[]> table = new ArrayList<>();
        api.forEach(scenario -> table.add(measure(scenario.getKey(), scenario.getValue())));
        table.add(measure("HTTP floor: GET /q/health/live of the same JVM", () -> RestAssured.get("/q/health/live")));
        table.add(repository("pre-aggregates (V7): year, all vacancies (repository only)", "2024-01-01", "2024-12-31"));
        table.add(repository("pre-aggregates (V7): one month, all vacancies (repository only)", "2024-03-01",
                "2024-03-31"));
        table.add(perRow("per-row read model (before V7): year, all vacancies (SQL only)", "2024-01-01", "2024-12-31"));
        table.add(perRow("per-row read model (before V7): one month, all vacancies (SQL only)", "2024-03-01",
                "2024-03-31"));
        table.add(baseline("baseline: year, all vacancies, from raw events (SQL only)", null));
        table.add(baseline("baseline: year, one vacancy, from raw events (SQL only)", oneVacancy));
        System.out.println();
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        System.out.printf(Locale.ROOT, "dashboard benchmark: %,d applications, %d vacancies, %,d stage rows, %,d raw events%n",
                count("SELECT count(*) FROM dash_application WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'"),
                VACANCIES, count("SELECT count(*) FROM dash_stage WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'"),
                count("SELECT count(*) FROM bench_raw_event"));
        System.out.printf(Locale.ROOT, "%-58s %8s %8s %8s %8s %6s%n", "scenario", "p50 ms", "p95 ms", "p99 ms", "max ms", "n");
        for (String[] row : table) {
            System.out.printf(Locale.ROOT, "%-58s %8s %8s %8s %8s %6s%n", (Object[]) row);
        }
        System.out.println();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static Response get(String token, String path, String from, String to) {
        Response response = RestAssured.given().auth().oauth2(token).queryParam("from", from).queryParam("to", to).get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.asString());
        }
        return response;
    }

    private static String[] measure(String name, Supplier<Response> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            call.get().asByteArray();
            nanos[i] = System.nanoTime() - start;
        }
        return row(name, nanos);
    }

    private String[] baseline(String name, UUID vacancy) {
        long[] nanos = new long[BASELINE_RUNS];
        String sql = vacancy == null ? RAW_FUNNEL.formatted("") : RAW_FUNNEL.formatted("AND vacancy_id = $3");
        Tuple params = vacancy == null ? Tuple.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))
                : Tuple.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), vacancy);
        for (int i = 0; i < BASELINE_RUNS; i++) {
            long start = System.nanoTime();
            int rows = pool.preparedQuery(sql).execute(params).await().atMost(SQL_WAIT).size();
            nanos[i] = System.nanoTime() - start;
            if (rows == 0) {
                throw new IllegalStateException("the baseline found nothing");
            }
        }
        return row(name, nanos);
    }

    /** DashboardQueries' two reads (SQL, the exact percentiles of small groups, the histograms), without HTTP. */
    private String[] repository(String name, String from, String to) {
        long[] nanos = new long[REQUESTS];
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        for (int i = -WARMUP; i < REQUESTS; i++) {
            long began = System.nanoTime();
            int rows = queries.vacancies(start, end, null).await().atMost(SQL_WAIT).size()
                    + queries.stages(start, end, null).await().atMost(SQL_WAIT).size();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - began;
            }
            if (rows == 0) {
                throw new IllegalStateException("the pre-aggregates found nothing");
            }
        }
        return row(name, nanos);
    }

    /** The two per-row queries the dashboard ran before the pre-aggregates, one after the other. */
    private String[] perRow(String name, String from, String to) {
        long[] nanos = new long[PER_ROW_RUNS];
        Tuple params = Tuple.of(LocalDate.parse(from), LocalDate.parse(to));
        for (int i = 0; i < PER_ROW_RUNS; i++) {
            long start = System.nanoTime();
            int rows = pool.preparedQuery(PER_ROW_VACANCIES).execute(params).await().atMost(SQL_WAIT).size()
                    + pool.preparedQuery(PER_ROW_STAGES).execute(params).await().atMost(SQL_WAIT).size();
            nanos[i] = System.nanoTime() - start;
            if (rows == 0) {
                throw new IllegalStateException("the per-row queries found nothing");
            }
        }
        return row(name, nanos);
    }

    private static String[] row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new String[] {name, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.95)), ms(percentile(sorted, 0.99)),
                ms(sorted[sorted.length - 1]), Integer.toString(sorted.length)};
    }

    /** Nearest rank. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }

    private void fill() {
        long have = count("SELECT count(*) FROM dash_application WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'");
        boolean raw = count("SELECT count(*) FROM pg_tables WHERE tablename = 'bench_raw_event'") == 1
                && count("SELECT count(*) FROM (SELECT 1 FROM bench_raw_event LIMIT 1) r") == 1;
        if (have >= APPLICATIONS && raw) {
            System.out.printf(Locale.ROOT, "read model already holds %,d applications of 2024: kept%n", have);
            if (count("SELECT count(*) FROM dash_agg_vacancy WHERE unit = 'Y' AND starts = '2024-01-01'") == 0) {
                AGGREGATE.forEach(this::sql);
            }
            return;
        }
        long start = System.nanoTime();
        // the fast path: the rows without the triggers that keep the pre-aggregates, then the aggregates in SQL
        sql("ALTER TABLE dash_application DISABLE TRIGGER USER");
        sql("ALTER TABLE dash_stage DISABLE TRIGGER USER");
        try {
            for (String statement : FILL) {
                sql(statement.replace("${APPLICATIONS}", Integer.toString(APPLICATIONS))
                        .replace("${VACANCIES}", Integer.toString(VACANCIES)));
            }
        } finally {
            sql("ALTER TABLE dash_application ENABLE TRIGGER USER");
            sql("ALTER TABLE dash_stage ENABLE TRIGGER USER");
        }
        long rows = System.nanoTime();
        for (String statement : AGGREGATE) {
            sql(statement);
        }
        System.out.printf(Locale.ROOT, "filled the read model and the raw events in %.0f s, then rebuilt the"
                + " pre-aggregates in %.0f s (%,d vacancy rows, %,d stage rows)%n", (rows - start) / 1e9,
                (System.nanoTime() - rows) / 1e9, count("SELECT count(*) FROM dash_agg_vacancy"),
                count("SELECT count(*) FROM dash_agg_stage"));
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(SQL_WAIT);
    }

    /** The pre-aggregates (db/migration V7) from the rows just loaded, and their statistics. */
    static final List<String> AGGREGATE = List.of("SELECT dash_rebuild_aggregates()", "VACUUM (ANALYZE) dash_agg_vacancy",
            "VACUUM (ANALYZE) dash_agg_stage");

    private long count(String sql) {
        Row row = pool.query(sql).execute().await().atMost(SQL_WAIT).iterator().next();
        return row.getLong(0);
    }

    private UUID vacancyId(int n) {
        return pool.query("SELECT md5('bench-v" + n + "')::uuid").execute().await().atMost(SQL_WAIT).iterator().next()
                .getUUID(0);
    }

    /**
     * Synthetic 2024: applications spread over the year and the vacancies; 75 % admitted (10 % internal, of
     * the others 30 % through experience and the capacity test); up to three stages with 24 to 424 hours in
     * each; 3 % on a reserve, 1 % appointed. The raw event table holds the same applications as events
     * (applied, screened, one per stage result), which is what a dashboard without a read model would scan.
     */
    static final List<String> FILL = List.of(
            "DELETE FROM dash_stage WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'",
            "DELETE FROM dash_application WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'",
            """
            INSERT INTO dash_vacancy (vacancy_id, title, reference, internal_labels, external_labels, updated_at)
            SELECT md5('bench-v' || v)::uuid, 'Benchvacature ' || v, 'B2024/' || lpad(v::text, 3, '0'), 'intern',
                   E'bachelor\\nervaring en capaciteitstest', now()
              FROM generate_series(1, ${VACANCIES}) v ON CONFLICT DO NOTHING""",
            """
            INSERT INTO dash_vacancy_stage (id, vacancy_id, stage_order, name)
            SELECT gen_random_uuid(), md5('bench-v' || v)::uuid, s, (ARRAY['Schriftelijke proef', 'Jurygesprek', 'Assessment'])[s]
              FROM generate_series(1, ${VACANCIES}) v, generate_series(1, 3) s ON CONFLICT DO NOTHING""",
            """
            INSERT INTO dash_application (application_id, vacancy_id, applied_at, applied_on, internal, admitted, admitted_at,
                   route, capacity_test_required, capacity_test_taken, capacity_test_passed, reserve_at, appointed_at, hire_days)
            SELECT id, vacancy, t, (t AT TIME ZONE 'Europe/Brussels')::date, r1 < 0.1, r2 < 0.75,
                   CASE WHEN r2 < 0.75 THEN t + interval '3 days' END,
                   CASE WHEN r2 >= 0.75 THEN NULL WHEN r1 < 0.1 THEN 'INTERNAL' WHEN r3 < 0.3 THEN 'EXPERIENCE_AND_TEST' ELSE 'DIPLOMA' END,
                   r2 < 0.75 AND r1 >= 0.1 AND r3 < 0.3, r2 < 0.75 AND r1 >= 0.1 AND r3 < 0.3,
                   r2 < 0.75 AND r1 >= 0.1 AND r3 < 0.2,
                   CASE WHEN r4 < 0.03 THEN t + interval '40 days' END,
                   CASE WHEN r4 < 0.01 THEN t + (30 + r5 * 90) * interval '1 day' END,
                   CASE WHEN r4 < 0.01 THEN 30 + r5 * 90 END
              FROM (SELECT md5('bench-a' || i)::uuid AS id, md5('bench-v' || (i % ${VACANCIES} + 1))::uuid AS vacancy,
                           timestamptz '2024-01-01 00:00+01' + (i::double precision / ${APPLICATIONS} * 365.99) * interval '1 day' AS t,
                           random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
                      FROM generate_series(1, ${APPLICATIONS}) i) x""",
            """
            INSERT INTO dash_stage (id, application_id, vacancy_id, stage_order, applied_on, entered_at, decided_at, passed, hours)
            SELECT gen_random_uuid(), application_id, vacancy_id, s, applied_on, admitted_at + (s - 1) * interval '20 days',
                   admitted_at + (s - 1) * interval '20 days' + h * interval '1 hour', s < depth OR (s = 3 AND h < 200), h
              FROM (SELECT a.*, CASE WHEN random() < 0.5 THEN 1 WHEN random() < 0.6 THEN 2 ELSE 3 END AS depth
                      FROM dash_application a
                     WHERE a.applied_on BETWEEN '2024-01-01' AND '2024-12-31' AND a.admitted
                       AND (NOT a.capacity_test_required OR a.capacity_test_passed)) a,
                   LATERAL (SELECT s, 24 + random() * 400 AS h FROM generate_series(1, a.depth) s) st""",
            "DROP TABLE IF EXISTS bench_raw_event",
            """
            CREATE TABLE bench_raw_event (application_id uuid, vacancy_id uuid, type varchar(40), at timestamptz,
                   stage_order integer, passed boolean, internal boolean, alternative varchar(60), capacity_test boolean)""",
            """
            INSERT INTO bench_raw_event
            SELECT application_id, vacancy_id, 'CandidateApplied', applied_at, NULL::integer, NULL::boolean, internal,
                   NULL::varchar, NULL::boolean
              FROM dash_application WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'
            UNION ALL
            SELECT application_id, vacancy_id, CASE WHEN admitted THEN 'ScreeningPassed' ELSE 'ScreeningFailed' END,
                   coalesce(admitted_at, applied_at + interval '3 days'), NULL::integer, admitted, NULL::boolean,
                   CASE route WHEN 'INTERNAL' THEN 'intern' WHEN 'EXPERIENCE_AND_TEST' THEN 'ervaring' ELSE 'bachelor' END,
                   capacity_test_required
              FROM dash_application WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'
            UNION ALL
            SELECT application_id, vacancy_id, 'InterviewScored', decided_at, stage_order, passed, NULL::boolean,
                   NULL::varchar, NULL::boolean
              FROM dash_stage WHERE applied_on BETWEEN '2024-01-01' AND '2024-12-31'""",
            "CREATE INDEX bench_raw_event_application_idx ON bench_raw_event (application_id, at)",
            // the steady state autovacuum reaches: statistics, and the visibility map the index-only scans need
            "VACUUM (ANALYZE) dash_application",
            "VACUUM (ANALYZE) dash_stage",
            "VACUUM (ANALYZE) bench_raw_event");

    /**
     * What a dashboard without a read model does per request: group the raw events by application, keep
     * those applied in the period, then derive the funnel, the stages and the hours between consecutive events.
     */
    static final String RAW_FUNNEL = """
            WITH ev AS (
                SELECT e.*, e.at - lag(e.at) OVER (PARTITION BY e.application_id ORDER BY e.at) AS waited
                  FROM bench_raw_event e),
            app AS (
                SELECT application_id, vacancy_id, min(at) FILTER (WHERE type = 'CandidateApplied') AS applied_at,
                       bool_or(type = 'ScreeningPassed') AS admitted, bool_or(alternative = 'intern') AS internal_route
                  FROM ev GROUP BY application_id, vacancy_id),
            period AS (
                SELECT * FROM app
                 WHERE (applied_at AT TIME ZONE 'Europe/Brussels')::date BETWEEN $1 AND $2 %s)
            SELECT p.vacancy_id, count(DISTINCT p.application_id) AS applied,
                   count(DISTINCT p.application_id) FILTER (WHERE p.admitted) AS admitted,
                   ev.stage_order, count(ev.*) FILTER (WHERE ev.passed) AS passed,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ev.waited) / 3600) AS median_hours
              FROM period p LEFT JOIN ev ON ev.application_id = p.application_id AND ev.type = 'InterviewScored'
             GROUP BY p.vacancy_id, ev.stage_order""";

    /** The dashboard's queries before V7 (per-application rows, exact percentiles), for the same-run comparison. */
    static final String PER_ROW_VACANCIES = """
            SELECT vacancy_id, count(*) AS applied, count(*) FILTER (WHERE admitted) AS admitted,
                   count(*) FILTER (WHERE capacity_test_taken) AS ct_taken,
                   count(*) FILTER (WHERE capacity_test_passed) AS ct_passed,
                   count(reserve_at) AS reserve, count(appointed_at) AS appointed,
                   percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hire_days) AS hire,
                   count(*) FILTER (WHERE admitted AND route = 'DIPLOMA') AS diploma,
                   count(*) FILTER (WHERE admitted AND route = 'EXPERIENCE_AND_TEST') AS experience,
                   count(*) FILTER (WHERE admitted AND route = 'INTERNAL') AS internal
              FROM dash_application WHERE applied_on BETWEEN $1 AND $2 GROUP BY vacancy_id""";
    static final String PER_ROW_STAGES = """
            SELECT vacancy_id, stage_order, count(*) AS entered, count(*) FILTER (WHERE passed) AS passed,
                   count(*) FILTER (WHERE NOT passed) AS eliminated,
                   percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hours) AS hours
              FROM dash_stage WHERE applied_on BETWEEN $1 AND $2 GROUP BY vacancy_id, stage_order""";
}
