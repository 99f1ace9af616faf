package org.werving.reserve.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.reserve.model.FunnelRows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's two aggregate queries against the real PostgreSQL: the period's edges (both days included),
 * the medians and p90 over the per-application rows, one vacancy or all, empty results.
 */
@QuarkusTest
class DashboardQueriesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @Inject
    DashboardQueries queries;
    @Inject
    Pool pool;

    @Test
    void thePeriodIncludesBothEdgesAndMeasuresThePercentilesOverItsApplications() {
        UUID vacancy = UUID.randomUUID();
        LocalDate from = LocalDate.of(2019, 4, 1);
        LocalDate to = LocalDate.of(2019, 4, 30);
        sql("INSERT INTO dash_vacancy (vacancy_id, title, reference, updated_at) VALUES ($1, 'Boekhouder', '2019/004', now())",
                Tuple.of(vacancy));
        sql("INSERT INTO dash_vacancy_stage (id, vacancy_id, stage_order, name) VALUES ($1, $2, 1, 'Schriftelijke proef')",
                Tuple.of(UUID.randomUUID(), vacancy));
        UUID first = application(vacancy, from, "DIPLOMA", 10.0);
        UUID last = application(vacancy, to, "INTERNAL", 30.0);
        UUID undecided = application(vacancy, to, "EXPERIENCE_AND_TEST", null);
        application(vacancy, from.minusDays(1), "DIPLOMA", 1000.0); // the day before: out
        application(vacancy, to.plusDays(1), "DIPLOMA", 1000.0); // the day after: out
        stage(first, vacancy, from, true, 10.0);
        stage(last, vacancy, to, false, 20.0);
        stage(undecided, vacancy, to, null, null);
        stage(UUID.randomUUID(), vacancy, to.plusDays(1), true, 5000.0);

        List<FunnelRows.VacancyRow> vacancies = queries.vacancies(from, to, vacancy).await().atMost(WAIT);
        assertEquals(1, vacancies.size());
        FunnelRows.VacancyRow v = vacancies.get(0);
        assertEquals("Boekhouder", v.title());
        assertEquals("2019/004", v.reference());
        assertEquals(3, v.applied());
        assertEquals(3, v.admitted());
        assertEquals(2, v.appointed());
        assertEquals(20.0, v.hireMedianDays());
        assertEquals(28.0, v.hireP90Days(), 1e-9);
        assertEquals(1, v.diploma());
        assertEquals(1, v.experienceAndTest());
        assertEquals(1, v.internal());

        List<FunnelRows.StageRow> stages = queries.stages(from, to, vacancy).await().atMost(WAIT);
        assertEquals(1, stages.size());
        FunnelRows.StageRow s = stages.get(0);
        assertEquals("Schriftelijke proef", s.name());
        assertEquals(3, s.entered());
        assertEquals(1, s.passed());
        assertEquals(1, s.eliminated());
        assertEquals(15.0, s.medianHours());
        assertEquals(19.0, s.p90Hours(), 1e-9);

        // all vacancies: this one is among them with the same counts
        assertTrue(queries.vacancies(from, to, null).await().atMost(WAIT).stream()
                .anyMatch(r -> r.vacancyId().equals(vacancy) && r.applied() == 3));
        // a single day: only that day's applications
        assertEquals(1, queries.vacancies(from, from, vacancy).await().atMost(WAIT).get(0).applied());
    }

    @Test
    void aPeriodWithoutApplicationsIsEmptyAndAnUnknownVacancyIsNull() {
        UUID vacancy = UUID.randomUUID();
        LocalDate day = LocalDate.of(2018, 2, 3);
        assertTrue(queries.vacancies(day, day, vacancy).await().atMost(WAIT).isEmpty());
        assertTrue(queries.stages(day, day, vacancy).await().atMost(WAIT).isEmpty());
        assertNull(queries.vacancy(vacancy).await().atMost(WAIT));
        // known only from an application (no vacancy event yet): known, without title
        application(vacancy, day, null, null);
        FunnelRows.VacancyRow known = queries.vacancy(vacancy).await().atMost(WAIT);
        assertEquals(vacancy, known.vacancyId());
        assertNull(known.title());
        assertEquals(0, known.applied());
        // nothing measured: the percentiles are null
        FunnelRows.VacancyRow counted = queries.vacancies(day, day, vacancy).await().atMost(WAIT).get(0);
        assertEquals(1, counted.applied());
        assertEquals(0, counted.admitted());
        assertNull(counted.hireMedianDays());
        assertNull(counted.hireP90Days());
    }

    private UUID application(UUID vacancy, LocalDate appliedOn, String route, Double hireDays) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = appliedOn.atTime(10, 0).atOffset(ZoneOffset.UTC);
        sql("INSERT INTO dash_application (application_id, vacancy_id, applied_at, applied_on, admitted, route, "
                + "appointed_at, hire_days) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                Tuple.from(new Object[] {id, vacancy, at, appliedOn, route != null, route,
                        hireDays == null ? null : at.plusHours(Math.round(hireDays * 24)), hireDays}));
        return id;
    }

    private void stage(UUID application, UUID vacancy, LocalDate appliedOn, Boolean passed, Double hours) {
        sql("INSERT INTO dash_stage (id, application_id, vacancy_id, stage_order, applied_on, passed, hours) "
                + "VALUES ($1, $2, $3, 1, $4, $5, $6)",
                Tuple.from(new Object[] {UUID.randomUUID(), application, vacancy, appliedOn, passed, hours}));
    }

    private void sql(String statement, Tuple params) {
        pool.preparedQuery(statement).execute(params).await().atMost(WAIT);
    }
}
