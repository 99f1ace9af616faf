package org.werving.reserve.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's pure rules: the admission route, the hours in a stage, the period date, the time to hire. */
class DashboardModelTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void theRouteFollowsTheAlternativeThenTheCandidateThenTheCapacityTest() {
        DashVacancy vacancy = new DashVacancy();
        vacancy.describe("Boekhouder", "2026/1", List.of("intern"), List.of("bachelor", "ervaring en test"), null);
        assertEquals(AdmissionRoute.INTERNAL, DashVacancy.route(vacancy, "intern", false, false));
        assertEquals(AdmissionRoute.DIPLOMA, DashVacancy.route(vacancy, "bachelor", true, false));
        assertEquals(AdmissionRoute.EXPERIENCE_AND_TEST, DashVacancy.route(vacancy, "ervaring en test", true, true));
        // HR's decision (a label of no alternative): the candidate's own side
        assertEquals(AdmissionRoute.INTERNAL, DashVacancy.route(vacancy, "HR-beslissing", true, false));
        assertEquals(AdmissionRoute.EXPERIENCE_AND_TEST, DashVacancy.route(vacancy, "HR-beslissing", false, true));
        // the vacancy not known here yet
        assertEquals(AdmissionRoute.DIPLOMA, DashVacancy.route(null, "bachelor", null, false));
        assertEquals(AdmissionRoute.INTERNAL, DashVacancy.route(null, "x", true, false));
    }

    @Test
    void anApplicationJustBeforeMidnightInBrusselsCountsOnThatDay() {
        DashApplication a = DashApplication.of(UUID.randomUUID(), UUID.randomUUID());
        a.applied(OffsetDateTime.of(2026, 6, 30, 21, 59, 0, 0, ZoneOffset.UTC), false, BRUSSELS);
        assertEquals(LocalDate.of(2026, 6, 30), a.appliedOn);
        a.applied(OffsetDateTime.of(2026, 6, 30, 22, 0, 0, 0, ZoneOffset.UTC), false, BRUSSELS);
        assertEquals(LocalDate.of(2026, 7, 1), a.appliedOn);
    }

    @Test
    void theTimeToHireIsKnownOnceBothEndsAreInAnyOrderAndTheFirstAppointmentCounts() {
        OffsetDateTime applied = OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        DashApplication a = DashApplication.of(UUID.randomUUID(), UUID.randomUUID());
        a.appointed(applied.plusDays(40));
        assertNull(a.hireDays);
        a.applied(applied, false, BRUSSELS);
        assertEquals(40.0, a.hireDays);
        a.appointed(applied.plusDays(50));
        assertEquals(40.0, a.hireDays);
        a.appointed(applied.plusDays(30).plusHours(12));
        assertEquals(30.5, a.hireDays);
    }

    @Test
    void aStageMeasuresItsHoursOnlyWhenItsStartIsKnown() {
        DashApplication a = DashApplication.of(UUID.randomUUID(), UUID.randomUUID());
        OffsetDateTime entered = OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        DashStage stage = DashStage.entered(a, 1, entered);
        assertFalse(stage.decided());
        stage.decide(entered.plusHours(36).plusMinutes(30), true);
        assertTrue(stage.decided());
        assertEquals(36.5, stage.hours);
        DashStage unknownStart = DashStage.entered(a, 2, null);
        unknownStart.decide(entered, false);
        assertNull(unknownStart.hours);
        assertFalse(unknownStart.passed);
    }

    @Test
    void anOverrideAfterARefusalAdmitsAgainAndARefusalForgetsTheRoute() {
        DashApplication a = DashApplication.of(UUID.randomUUID(), UUID.randomUUID());
        OffsetDateTime t = OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        a.admit(t, AdmissionRoute.DIPLOMA, false);
        assertTrue(a.entersFirstStageOnAdmission());
        a.refuse();
        assertFalse(a.admitted);
        assertNull(a.route);
        a.admit(t.plusDays(1), AdmissionRoute.EXPERIENCE_AND_TEST, true);
        assertEquals(t.plusDays(1), a.admittedAt);
        assertFalse(a.entersFirstStageOnAdmission());
    }
}
