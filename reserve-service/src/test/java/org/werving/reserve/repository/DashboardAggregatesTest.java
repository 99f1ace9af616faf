package org.werving.reserve.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.reserve.model.DashApplication;
import org.werving.reserve.model.FunnelRows;
import org.werving.reserve.model.Histogram;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pre-aggregates (db/migration V7) against the per-row queries they replace (kept here as the reference):
 * the same counts for periods on every kind of edge, the same percentiles where a group is small and within the
 * documented resolution where it is not, and still the same after the rows are changed, moved and deleted.
 */
@QuarkusTest
class DashboardAggregatesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** The dashboard's queries before the pre-aggregates: every row of the period, exact percentiles. */
    private static final String REFERENCE_VACANCIES = """
            SELECT vacancy_id, count(*) AS applied, count(*) FILTER (WHERE admitted) AS admitted,
                   count(*) FILTER (WHERE capacity_test_taken) AS ct_taken,
                   count(*) FILTER (WHERE capacity_test_passed) AS ct_passed,
                   count(reserve_at) AS reserve, count(appointed_at) AS appointed, count(hire_days) AS measured,
                   percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hire_days) AS p,
                   count(*) FILTER (WHERE admitted AND route = 'DIPLOMA') AS diploma,
                   count(*) FILTER (WHERE admitted AND route = 'EXPERIENCE_AND_TEST') AS experience,
                   count(*) FILTER (WHERE admitted AND route = 'INTERNAL') AS internal
              FROM dash_application WHERE applied_on BETWEEN $1 AND $2 AND vacancy_id = ANY($3::uuid[])
             GROUP BY vacancy_id ORDER BY vacancy_id""";
    private static final String REFERENCE_STAGES = """
            SELECT vacancy_id, stage_order, count(*) AS entered, count(*) FILTER (WHERE passed) AS passed,
                   count(*) FILTER (WHERE NOT passed) AS eliminated, count(hours) AS measured,
                   percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hours) AS p
              FROM dash_stage WHERE applied_on BETWEEN $1 AND $2 AND vacancy_id = ANY($3::uuid[])
             GROUP BY vacancy_id, stage_order ORDER BY vacancy_id, stage_order""";

    @Inject
    DashboardQueries queries;
    @Inject
    Pool pool;

    @Test
    void theCountsAndPercentilesEqualThePerRowQueriesOnEveryKindOfPeriod() {
        List<UUID> vacancies = fixture(2013, new Random(7));
        for (String[] period : periods(2013)) {
            assertSame(LocalDate.parse(period[0]), LocalDate.parse(period[1]), vacancies);
        }
    }

    @Test
    void changedMovedAndDeletedRowsAreCountedAgainInTheSameTransaction() {
        Random random = new Random(11);
        List<UUID> vacancies = fixture(2012, random);
        // move applications to other days (across a month and a year edge), appoint some, refuse others
        sql("UPDATE dash_application SET applied_on = applied_on + 17 WHERE vacancy_id = ANY($1::uuid[]) "
                + "AND extract(day FROM applied_on) < 6", Tuple.of(vacancies.toArray(UUID[]::new)));
        sql("UPDATE dash_application SET appointed_at = applied_at + interval '40 days', hire_days = 40 + extract(day "
                + "FROM applied_on) WHERE vacancy_id = ANY($1::uuid[]) AND hire_days IS NULL AND admitted "
                + "AND extract(doy FROM applied_on)::int % 7 = 0", Tuple.of(vacancies.toArray(UUID[]::new)));
        sql("UPDATE dash_application SET admitted = false, route = NULL WHERE vacancy_id = ANY($1::uuid[]) "
                + "AND extract(doy FROM applied_on)::int % 11 = 0", Tuple.of(vacancies.toArray(UUID[]::new)));
        sql("UPDATE dash_stage SET passed = NOT passed, hours = hours * 2 WHERE vacancy_id = ANY($1::uuid[]) "
                + "AND extract(doy FROM applied_on)::int % 5 = 0", Tuple.of(vacancies.toArray(UUID[]::new)));
        sql("UPDATE dash_stage SET applied_on = applied_on + 3 WHERE vacancy_id = ANY($1::uuid[]) "
                + "AND extract(day FROM applied_on) > 27", Tuple.of(vacancies.toArray(UUID[]::new)));
        sql("DELETE FROM dash_stage WHERE vacancy_id = ANY($1::uuid[]) AND extract(doy FROM applied_on)::int % 3 = 0",
                Tuple.of(vacancies.toArray(UUID[]::new)));
        sql("DELETE FROM dash_application WHERE vacancy_id = $1 AND extract(month FROM applied_on) = 6",
                Tuple.of(vacancies.get(0)));
        // an application whose date was not known yet (CandidateApplied after the selection's events), then known
        UUID late = UUID.randomUUID();
        sql("INSERT INTO dash_application (application_id, vacancy_id, admitted, route, hire_days, appointed_at) "
                + "VALUES ($1, $2, true, 'INTERNAL', 12.5, now())", Tuple.of(late, vacancies.get(1)));
        sql("UPDATE dash_application SET applied_on = '2012-12-31', applied_at = '2012-12-31T10:00:00Z' "
                + "WHERE application_id = $1", Tuple.of(late));
        for (String[] period : periods(2012)) {
            assertSame(LocalDate.parse(period[0]), LocalDate.parse(period[1]), vacancies);
        }
    }

    @Test
    void anApplicationJustAfterMidnightInBrusselsCountsInTheNextYearsPeriod() {
        UUID vacancy = UUID.randomUUID();
        DashApplication a = DashApplication.of(UUID.randomUUID(), vacancy);
        a.applied(OffsetDateTime.of(2010, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC), false, BRUSSELS);
        DashApplication b = DashApplication.of(UUID.randomUUID(), vacancy);
        b.applied(OffsetDateTime.of(2010, 12, 31, 22, 59, 0, 0, ZoneOffset.UTC), false, BRUSSELS);
        for (DashApplication x : List.of(a, b)) {
            sql("INSERT INTO dash_application (application_id, vacancy_id, applied_at, applied_on) VALUES ($1, $2, $3, $4)",
                    Tuple.of(x.applicationId, vacancy, x.appliedAt, x.appliedOn));
        }
        assertEquals(1, queries.vacancies(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), vacancy)
                .await().atMost(WAIT).get(0).applied());
        assertEquals(1, queries.vacancies(LocalDate.of(2010, 12, 1), LocalDate.of(2010, 12, 31), vacancy)
                .await().atMost(WAIT).get(0).applied());
        assertEquals(2, queries.vacancies(LocalDate.of(2010, 12, 31), LocalDate.of(2011, 1, 1), vacancy)
                .await().atMost(WAIT).get(0).applied());
        // nothing in the stages: a vacancy without stages has none, and an empty period has no vacancy at all
        assertTrue(queries.stages(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 12, 31), vacancy).await().atMost(WAIT)
                .isEmpty());
        assertTrue(queries.vacancies(LocalDate.of(2011, 1, 2), LocalDate.of(2011, 3, 31), vacancy).await().atMost(WAIT)
                .isEmpty());
    }

    @Test
    void percentilesOnOneTwoAndManyValuesAreExactUpToTheLimitAndWithinTheResolutionBeyond() {
        LocalDate day = LocalDate.of(2011, 5, 17);
        UUID vacancy = UUID.randomUUID();
        hired(vacancy, day, 33.3);
        FunnelRows.VacancyRow one = queries.vacancies(day, day, vacancy).await().atMost(WAIT).get(0);
        assertEquals(33.3, one.hireMedianDays());
        assertEquals(33.3, one.hireP90Days());
        hired(vacancy, day, 10.0);
        FunnelRows.VacancyRow two = queries.vacancies(day, day, vacancy).await().atMost(WAIT).get(0);
        assertEquals(21.65, two.hireMedianDays(), 1e-9);
        assertEquals(30.97, two.hireP90Days(), 1e-9);
        List<Double> values = new ArrayList<>(List.of(33.3, 10.0));
        Random random = new Random(3);
        while (values.size() < Histogram.EXACT_UP_TO) {
            double v = Math.round(random.nextDouble() * 12000) / 100.0;
            values.add(v);
            hired(vacancy, day, v);
        }
        FunnelRows.VacancyRow hundred = queries.vacancies(day, day, vacancy).await().atMost(WAIT).get(0);
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertEquals(percentile(sorted, 0.5), hundred.hireMedianDays(), 1e-9);
        assertEquals(percentile(sorted, 0.9), hundred.hireP90Days(), 1e-9);
        // one more: the estimate from the histogram, within one bucket of the exact value
        hired(vacancy, day, 60.0);
        values.add(60.0);
        sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        FunnelRows.VacancyRow many = queries.vacancies(day, day, vacancy).await().atMost(WAIT).get(0);
        assertWithin(percentile(sorted, 0.5), many.hireMedianDays());
        assertWithin(percentile(sorted, 0.9), many.hireP90Days());
        assertEquals(101, many.appointed());
    }

    private void hired(UUID vacancy, LocalDate day, double days) {
        OffsetDateTime at = day.atTime(10, 0).atOffset(ZoneOffset.UTC);
        sql("INSERT INTO dash_application (application_id, vacancy_id, applied_at, applied_on, admitted, route, "
                + "appointed_at, hire_days) VALUES ($1, $2, $3, $4, true, 'DIPLOMA', $5, $6)",
                Tuple.from(new Object[] {UUID.randomUUID(), vacancy, at, day, at.plusDays(40), days}));
    }

    /** Periods of a year: whole, a month, across the year's edges, a day at a month's edge, none at all. */
    private static List<String[]> periods(int year) {
        return List.of(new String[] {year + "-01-01", year + "-12-31"}, new String[] {year + "-03-01", year + "-03-31"},
                new String[] {(year - 1) + "-12-20", (year + 1) + "-01-05"}, new String[] {year + "-02-14", year + "-11-03"},
                new String[] {year + "-04-30", year + "-04-30"}, new String[] {year + "-05-01", year + "-05-01"},
                new String[] {year + "-01-01", year + "-01-31"}, new String[] {year + "-12-01", (year + 1) + "-12-31"},
                new String[] {(year - 2) + "-01-01", (year - 2) + "-12-31"});
    }

    /**
     * Three vacancies over one year: one large (a few hundred measured values per stage, so its percentiles are
     * estimates), one small (exact), one without any stage; on every day, the year's first and last included.
     */
    private List<UUID> fixture(int year, Random random) {
        List<UUID> vacancies = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        int[] perVacancy = {1500, 60, 40};
        String[] routes = {"DIPLOMA", "EXPERIENCE_AND_TEST", "INTERNAL", null};
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        for (int v = 0; v < vacancies.size(); v++) {
            for (int i = 0; i < perVacancy[v]; i++) {
                LocalDate day = i == 0 ? first : i == 1 ? first.plusDays(days - 1L) : first.plusDays(random.nextInt(days));
                OffsetDateTime at = day.atTime(9, 0).atOffset(ZoneOffset.UTC);
                String route = routes[random.nextInt(routes.length)];
                boolean hired = route != null && random.nextInt(4) == 0;
                Double hire = hired ? 20 + random.nextDouble() * 200 : null;
                UUID id = UUID.randomUUID();
                sql("INSERT INTO dash_application (application_id, vacancy_id, applied_at, applied_on, admitted, route, "
                        + "capacity_test_taken, capacity_test_passed, reserve_at, appointed_at, hire_days) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                        Tuple.from(new Object[] {id, vacancies.get(v), at, day, route != null, route, random.nextBoolean(),
                                random.nextBoolean(), hired || random.nextInt(10) == 0 ? at.plusDays(30) : null,
                                hired ? at.plusDays(40) : null, hire}));
                for (int s = 1; v < 2 && route != null && s <= 1 + random.nextInt(3); s++) {
                    int outcome = random.nextInt(3);
                    sql("INSERT INTO dash_stage (id, application_id, vacancy_id, stage_order, applied_on, passed, hours) "
                            + "VALUES ($1, $2, $3, $4, $5, $6, $7)", Tuple.from(new Object[] {UUID.randomUUID(), id,
                                    vacancies.get(v), s, day, outcome == 2 ? null : outcome == 0,
                                    outcome == 2 ? null : random.nextDouble() < 0.05 ? random.nextDouble()
                                            : 24 + random.nextDouble() * 400}));
                }
            }
        }
        return vacancies;
    }

    private void assertSame(LocalDate from, LocalDate to, List<UUID> vacancies) {
        String at = from + ".." + to + ": ";
        List<Row> reference = rows(REFERENCE_VACANCIES, from, to, vacancies);
        List<FunnelRows.VacancyRow> actual = new ArrayList<>();
        for (UUID vacancy : vacancies) {
            actual.addAll(queries.vacancies(from, to, vacancy).await().atMost(WAIT));
        }
        actual.sort((a, b) -> a.vacancyId().compareTo(b.vacancyId()));
        reference.sort((a, b) -> a.getUUID("vacancy_id").compareTo(b.getUUID("vacancy_id")));
        assertEquals(reference.size(), actual.size(), at + "vacancies");
        for (int i = 0; i < reference.size(); i++) {
            Row r = reference.get(i);
            FunnelRows.VacancyRow a = actual.get(i);
            assertEquals(List.of(r.getUUID("vacancy_id"), r.getLong("applied"), r.getLong("admitted"), r.getLong("ct_taken"),
                    r.getLong("ct_passed"), r.getLong("reserve"), r.getLong("appointed"), r.getLong("diploma"),
                    r.getLong("experience"), r.getLong("internal")), List.of(a.vacancyId(), a.applied(), a.admitted(),
                    a.capacityTestTaken(), a.capacityTestPassed(), a.reserve(), a.appointed(), a.diploma(),
                    a.experienceAndTest(), a.internal()), at + "counts");
            assertPercentiles(at + "hire", r, a.hireMedianDays(), a.hireP90Days());
        }
        // the same vacancies among all of them (the all-vacancy query reads other rows too)
        List<FunnelRows.VacancyRow> all = queries.vacancies(from, to, null).await().atMost(WAIT);
        assertEquals(actual, all.stream().filter(v -> vacancies.contains(v.vacancyId()))
                .sorted((a, b) -> a.vacancyId().compareTo(b.vacancyId())).toList(), at + "all vacancies");

        List<Row> referenceStages = rows(REFERENCE_STAGES, from, to, vacancies);
        List<FunnelRows.StageRow> stages = queries.stages(from, to, null).await().atMost(WAIT).stream()
                .filter(s -> vacancies.contains(s.vacancyId())).toList();
        assertEquals(referenceStages.size(), stages.size(), at + "stages");
        for (int i = 0; i < stages.size(); i++) {
            Row r = referenceStages.get(i);
            FunnelRows.StageRow s = stages.get(i);
            assertEquals(List.of(r.getUUID("vacancy_id"), r.getInteger("stage_order"), r.getLong("entered"),
                    r.getLong("passed"), r.getLong("eliminated")), List.of(s.vacancyId(), s.order(), s.entered(),
                    s.passed(), s.eliminated()), at + "stage counts");
            assertPercentiles(at + "stage " + s.order(), r, s.medianHours(), s.p90Hours());
        }
    }

    private static void assertPercentiles(String what, Row reference, Double median, Double p90) {
        Double[] exact = reference.getArrayOfDoubles("p");
        long measured = reference.getLong("measured");
        if (measured == 0) {
            assertNull(median, what);
            assertNull(p90, what);
        } else if (measured <= Histogram.EXACT_UP_TO) {
            assertEquals(exact[0], median, what + " median (" + measured + " values)");
            assertEquals(exact[1], p90, what + " p90 (" + measured + " values)");
        } else {
            assertWithin(exact[0], median);
            assertWithin(exact[1], p90);
        }
    }

    private static void assertWithin(double exact, Double estimate) {
        double tolerance = Math.max(exact, 1) * (Math.pow(2, 1.0 / Histogram.PER_DOUBLING) - 1);
        assertTrue(Math.abs(estimate - exact) < tolerance, estimate + " is not within " + tolerance + " of " + exact);
    }

    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lo = (int) Math.floor(position);
        int hi = (int) Math.ceil(position);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
    }

    private List<Row> rows(String sql, LocalDate from, LocalDate to, List<UUID> vacancies) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.of(from, to, vacancies.toArray(UUID[]::new))).await().atMost(WAIT)
                .forEach(rows::add);
        return rows;
    }

    private void sql(String statement, Tuple params) {
        pool.preparedQuery(statement).execute(params).await().atMost(WAIT);
    }
}
