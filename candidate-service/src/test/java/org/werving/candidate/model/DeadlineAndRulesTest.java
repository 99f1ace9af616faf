package org.werving.candidate.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application's own rules: the deadline at midnight Brussels time, the internal facts, moving on, erasure. */
class DeadlineAndRulesTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void aDeadlineAtMidnightBrusselsStillTakesApplicationsAtThatInstantAndNotAMicrosecondLater() {
        for (LocalDate day : List.of(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 7, 1))) { // winter and summer time
            OffsetDateTime midnight = day.atStartOfDay(BRUSSELS).toOffsetDateTime();
            Vacancy vacancy = new Vacancy();
            vacancy.published("Werkvloerbegeleider", midnight, midnight.minusDays(30));
            assertTrue(vacancy.acceptsApplicationsAt(midnight.minusNanos(1000)));
            assertTrue(vacancy.acceptsApplicationsAt(midnight), "the deadline itself still counts");
            assertTrue(vacancy.acceptsApplicationsAt(midnight.withOffsetSameInstant(java.time.ZoneOffset.UTC)),
                    "the same instant in UTC (" + midnight.toInstant() + ")");
            assertFalse(vacancy.acceptsApplicationsAt(midnight.plusNanos(1000)));
        }
    }

    @Test
    void anInternalCandidateGivesContractLevelAndSeniorityHereAnExternalOneNothing() {
        Application external = new Application();
        assertEquals(List.of(), external.missingInternalFacts());

        Application internal = new Application();
        internal.internal = true;
        assertEquals(List.of("contractType", "currentLevel", "levelSeniorityMonths", "gradeSeniorityMonths",
                "serviceSeniorityMonths"), internal.missingInternalFacts());
        internal.contractType = "STATUTORY";
        internal.currentLevel = "C";
        internal.levelSeniorityMonths = 0;
        internal.gradeSeniorityMonths = 12;
        internal.serviceSeniorityMonths = 24;
        assertEquals(List.of(), internal.missingInternalFacts(), "seniority elsewhere is optional");
    }

    @Test
    void aFinalStepEndsTheProcedureOnceTheReserveExcepted() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:00:00Z");
        Application a = new Application();
        a.status = ApplicationStatus.RECEIVED;
        a.advance(new TimelineStep("toegelaten", ApplicationStatus.ADMITTED), at);
        assertEquals(ApplicationStatus.ADMITTED, a.status);
        assertNull(a.leftProcedureAt);
        a.advance(new TimelineStep("tekst", null), at);
        assertEquals(ApplicationStatus.ADMITTED, a.status, "no status: it stays");
        a.advance(new TimelineStep("reserve", ApplicationStatus.IN_RESERVE), at);
        assertNull(a.leftProcedureAt, "on the reserve retention runs from the reserve's end");

        Application out = new Application();
        out.status = ApplicationStatus.RECEIVED;
        out.advance(new TimelineStep("niet toegelaten", ApplicationStatus.NOT_ADMITTED), at);
        out.advance(new TimelineStep("nog eens", ApplicationStatus.NOT_ADMITTED), at.plusDays(1));
        assertEquals(at, out.leftProcedureAt, "the first final step counts");
    }

    @Test
    void erasureBlanksThePersonalDataAndKeepsTheAdmissionFacts() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:00:00Z");
        Application a = new Application();
        a.firstName = "An";
        a.email = "an@example.org";
        a.accessTokenHash = "hash";
        a.levelSeniorityMonths = 36;
        a.status = ApplicationStatus.WITHDRAWN;
        a.erasePersonalData(at);
        assertNull(a.firstName);
        assertNull(a.email);
        assertNull(a.accessTokenHash);
        assertEquals(at, a.erasedAt);
        assertEquals(at, a.tokenRevokedAt);
        assertEquals(36, a.levelSeniorityMonths);
        assertEquals(ApplicationStatus.WITHDRAWN, a.status);
    }
}
