package org.werving.candidate.service;

import org.junit.jupiter.api.Test;
import org.werving.candidate.messaging.IncomingEvents.CandidateEliminated;
import org.werving.candidate.messaging.IncomingEvents.CapacityTestRecorded;
import org.werving.candidate.messaging.IncomingEvents.InterviewScored;
import org.werving.candidate.messaging.IncomingEvents.ReserveEntryCreated;
import org.werving.candidate.messaging.IncomingEvents.ScreeningFailed;
import org.werving.candidate.messaging.IncomingEvents.ScreeningPassed;
import org.werving.candidate.messaging.IncomingEvents.SelectionPassed;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineStep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTextsTest {
    private static final UUID APP = UUID.randomUUID();
    private static final UUID VAC = UUID.randomUUID();

    @Test
    void applyingIsReceived() {
        assertEquals(new TimelineStep("Kandidatuur ontvangen", ApplicationStatus.RECEIVED), TimelineTexts.received());
    }

    @Test
    void screening() {
        assertEquals(new TimelineStep("Toegelaten tot de selectieprocedure; je legt eerst de niveau- en capaciteitstest af",
                        ApplicationStatus.AWAITING_CAPACITY_TEST),
                TimelineTexts.screeningPassed(new ScreeningPassed(APP, VAC, true, "ervaring en capaciteitstest", null)));
        assertEquals(new TimelineStep("Toegelaten tot de selectieprocedure", ApplicationStatus.ADMITTED),
                TimelineTexts.screeningPassed(new ScreeningPassed(APP, VAC, false, "bachelor", null)));
        assertEquals(new TimelineStep("Niet toegelaten: geen diploma van niveau B", ApplicationStatus.NOT_ADMITTED),
                TimelineTexts.screeningFailed(new ScreeningFailed(APP, VAC, " geen diploma van niveau B ", List.of())));
        assertEquals("Niet toegelaten", TimelineTexts.screeningFailed(new ScreeningFailed(APP, VAC, null, null)).text());
    }

    @Test
    void capacityTest() {
        TimelineStep passed = TimelineTexts.capacityTestRecorded(new CapacityTestRecorded(APP, VAC, true, BigDecimal.TEN));
        assertEquals("Niveau- en capaciteitstest: geslaagd", passed.text());
        assertEquals(ApplicationStatus.IN_PROCEDURE, passed.status());
        TimelineStep failed = TimelineTexts.capacityTestRecorded(new CapacityTestRecorded(APP, VAC, false, null));
        assertEquals("Niveau- en capaciteitstest: niet geslaagd", failed.text());
        assertNull(failed.status(), "the elimination that follows ends the procedure");
    }

    @Test
    void interviewScores() {
        assertEquals("Speedinterview: 72/100 — geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 1,
                "SPEED_INTERVIEW", "Speedinterview", new BigDecimal("72.0"), BigDecimal.valueOf(60), true, false)).text());
        assertEquals("Gecombineerde proef: 59,5/100 — niet geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP,
                VAC, 2, "COMBINED_TEST", "Gecombineerde proef", new BigDecimal("59.50"), BigDecimal.valueOf(60), false,
                true)).text());
        assertEquals("Proef 2 — geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 2, null, null,
                null, null, true, true)).text());
    }

    @Test
    void elimination() {
        TimelineStep step = TimelineTexts.candidateEliminated(new CandidateEliminated(APP, VAC, "CAPACITY_TEST", "score 40"));
        assertEquals("Niet geslaagd voor de niveau- en capaciteitstest; de procedure stopt hier voor jou: score 40", step.text());
        assertEquals(ApplicationStatus.ELIMINATED, step.status());
    }

    @Test
    void successAndReserve() {
        assertEquals(new TimelineStep("Geslaagd voor de selectieprocedure met 75/100", ApplicationStatus.PASSED),
                TimelineTexts.selectionPassed(new SelectionPassed(APP, VAC, BigDecimal.valueOf(75), false, "RECRUITMENT")));
        assertEquals(new TimelineStep("Opgenomen in de wervingsreserve, geldig tot 22-11-2028", ApplicationStatus.IN_RESERVE),
                TimelineTexts.reserveEntryCreated(new ReserveEntryCreated(UUID.randomUUID(), VAC, APP, "RECRUITMENT",
                        BigDecimal.valueOf(75), LocalDate.of(2028, 11, 22))));
        assertEquals("Opgenomen in de bevorderingsreserve, geldig tot 01-03-2029",
                TimelineTexts.reserveEntryCreated(new ReserveEntryCreated(UUID.randomUUID(), VAC, APP, "PROMOTION",
                        null, LocalDate.of(2029, 3, 1))).text());
    }

    @Test
    void theUniqueIndexIsRecognisedInAFailure() {
        RuntimeException failure = new RuntimeException("could not execute statement",
                new IllegalStateException("duplicate key value violates unique constraint \"application_vacancy_email_uq\""));
        assertTrue(ApplicationService.violatesUniqueEmail(failure));
        assertFalse(ApplicationService.violatesUniqueEmail(new RuntimeException("connection reset")));
    }
}
