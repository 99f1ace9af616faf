package org.werving.candidate.service;

import org.junit.jupiter.api.Test;
import org.werving.candidate.messaging.in.IncomingEvents;
import org.werving.candidate.messaging.in.IncomingEvents.CandidateEliminated;
import org.werving.candidate.messaging.in.IncomingEvents.CapacityTestRecorded;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewScored;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveEntryCreated;
import org.werving.candidate.messaging.in.IncomingEvents.ScreeningFailed;
import org.werving.candidate.messaging.in.IncomingEvents.ScreeningPassed;
import org.werving.candidate.messaging.in.IncomingEvents.SelectionPassed;
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
        assertEquals(new TimelineStep("Beslissing herzien: je bent alsnog toegelaten tot de selectieprocedure; je legt eerst"
                        + " de niveau- en capaciteitstest af. De eerdere beslissing dat je niet toegelaten was, is ingetrokken",
                        ApplicationStatus.AWAITING_CAPACITY_TEST),
                TimelineTexts.screeningReviewed(TimelineTexts.screeningPassed(new ScreeningPassed(APP, VAC, true, "HR", null))));
        assertEquals(new TimelineStep("Niet toegelaten: geen diploma van niveau B", ApplicationStatus.NOT_ADMITTED),
                TimelineTexts.screeningFailed(new ScreeningFailed(APP, VAC, " geen diploma van niveau B ", List.of())));
        assertEquals("Niet toegelaten", TimelineTexts.screeningFailed(new ScreeningFailed(APP, VAC, null, null)).text());
        assertEquals("Niet toegelaten: geen enkel alternatief is vervuld", TimelineTexts.screeningFailed(new ScreeningFailed(
                APP, VAC, "Niet toegelaten: geen enkel alternatief is vervuld", null)).text());
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
                "SPEED_INTERVIEW", "Speedinterview", new BigDecimal("72.0"), BigDecimal.valueOf(60), true, false, null, null, null)).text());
        assertEquals("Gecombineerde proef: 59,5/100 — niet geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP,
                VAC, 2, "COMBINED_TEST", "Gecombineerde proef", new BigDecimal("59.50"), BigDecimal.valueOf(60), false,
                true, null, null, null)).text());
        assertEquals("Proef 2 — geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 2, null, null,
                null, null, true, true, null, null, null)).text());
        // the jury's scores per competency travel with the result (feedback for the candidate)
        assertEquals("Gecombineerde proef: 73,33/100 — geslaagd (per competentie, op 100: Klantgerichtheid 75, "
                + "Samenwerken 62,5)", TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 2, "COMBINED_TEST",
                "Gecombineerde proef", new BigDecimal("73.33"), BigDecimal.valueOf(60), true, true, List.of(
                        new IncomingEvents.CompetencyScore("Klantgerichtheid", new BigDecimal("75.00")),
                        new IncomingEvents.CompetencyScore("Samenwerken", new BigDecimal("62.50"))), null, null)).text());
        assertEquals("Proef 2 — geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 2, null, null,
                null, null, true, true, List.of(), null, null)).text());
        // cut by a top-N at or above the pass mark: told as out, never "geslaagd"
        assertEquals("Speedinterview: 70/100 — cesuur gehaald, maar niet bij de kandidaten die doorgaan",
                TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 1, "SPEED_INTERVIEW", "Speedinterview",
                        BigDecimal.valueOf(70), BigDecimal.valueOf(60), true, false, null, "ELIMINATED",
                        "Speedinterview: 70/100, rang 8 van 9 ...")).text());
        assertEquals("Speedinterview: 72/100 — geslaagd", TimelineTexts.interviewScored(new InterviewScored(APP, VAC, 1,
                "SPEED_INTERVIEW", "Speedinterview", BigDecimal.valueOf(72), BigDecimal.valueOf(60), true, false, null,
                "GOES_ON", "...")).text());
    }

    @Test
    void elimination() {
        TimelineStep step = TimelineTexts.candidateEliminated(new CandidateEliminated(APP, VAC, "CAPACITY_TEST", "score 40",
                "CAPACITY_TEST"));
        assertEquals("Niet geslaagd voor de niveau- en capaciteitstest; de procedure stopt hier voor jou: score 40", step.text());
        assertEquals(ApplicationStatus.ELIMINATED, step.status());
        TimelineStep cut = TimelineTexts.candidateEliminated(new CandidateEliminated(APP, VAC, "Speedinterview",
                "rang 8 van 9", "OUTSIDE_TOP_N"));
        assertEquals("Niet bij de kandidaten die na Speedinterview doorgaan; de procedure stopt hier voor jou: rang 8 van 9",
                cut.text());
        assertEquals(ApplicationStatus.ELIMINATED, cut.status());
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
        assertTrue(Applying.violatesUniqueEmail(failure));
        assertFalse(Applying.violatesUniqueEmail(new RuntimeException("connection reset")));
    }

    @Test
    void laterStepsInPlainDutch() {
        assertEquals(new TimelineStep("Uitgenodigd voor Jurygesprek op 15-07-2027 om 14:00 (digitaal)",
                        ApplicationStatus.IN_PROCEDURE),
                TimelineTexts.interviewScheduled(new org.werving.candidate.messaging.in.IncomingEvents.InterviewScheduled(APP, VAC,
                        2, "Jurygesprek", UUID.randomUUID(), java.time.OffsetDateTime.parse("2027-07-15T12:00:00Z"), 45,
                        "https://meet.example/abc", null, null, null)));
        assertEquals(new TimelineStep("De bevorderingsreserve is verlengd tot 10-02-2030", null),
                TimelineTexts.reserveExtended(new org.werving.candidate.messaging.in.IncomingEvents.ReserveExtended(UUID.randomUUID(),
                        VAC, "PROMOTION", null, null, LocalDate.of(2029, 2, 10), LocalDate.of(2030, 2, 10))));
        assertEquals(new TimelineStep("De wervingsreserve is verlopen (geldig tot 10-02-2029)", null),
                TimelineTexts.reserveExpired(new org.werving.candidate.messaging.in.IncomingEvents.ReserveExpired(UUID.randomUUID(),
                        VAC, "RECRUITMENT", LocalDate.of(2029, 2, 10), null)));
        assertEquals(new TimelineStep("Aangesteld in Team Onthaal vanaf 01-03-2027", null),
                TimelineTexts.candidateAppointed(new org.werving.candidate.messaging.in.IncomingEvents.CandidateAppointed(
                        UUID.randomUUID(), VAC, APP, UUID.randomUUID(), UUID.randomUUID(), "PERMANENT", "Team Onthaal",
                        LocalDate.of(2027, 3, 1), null, null)));
    }

    @Test
    void aMoveACancellationAndARefusedCancellation() {
        var startsAt = java.time.OffsetDateTime.parse("2027-07-15T12:00:00Z");
        var before = java.time.OffsetDateTime.parse("2027-07-14T08:30:00Z");
        assertEquals(new TimelineStep("Je moment voor Jurygesprek is verplaatst van 14-07-2027 om 10:30 naar "
                        + "15-07-2027 om 14:00 in Stadhuis", ApplicationStatus.IN_PROCEDURE),
                TimelineTexts.interviewScheduled(new IncomingEvents.InterviewScheduled(APP, VAC, 2, "Jurygesprek",
                        UUID.randomUUID(), startsAt, 45, null, "Stadhuis", UUID.randomUUID(), before)));
        assertEquals(new TimelineStep("Je hebt je moment van 15-07-2027 om 14:00 voor proef 2 geannuleerd. "
                        + "Kies een nieuw moment om toch deel te nemen.", null),
                TimelineTexts.bookingCancelled(new IncomingEvents.SlotBookingCancelled(APP, VAC, 2, null,
                        UUID.randomUUID(), startsAt, before)));
        assertEquals(new TimelineStep("Je moment voor proef 2 kon niet geannuleerd worden: het moment is al begonnen "
                        + "of voorbij", null),
                TimelineTexts.cancellationRefused(new IncomingEvents.SlotBookingCancellationRefused(APP, VAC, 2,
                        "moment-started", "the moment booked for Jurygesprek has begun or is past")));
        assertEquals(new TimelineStep("Je moment voor proef 2 kon niet geannuleerd worden: die proef is afgesloten",
                        null),
                TimelineTexts.cancellationRefused(new IncomingEvents.SlotBookingCancellationRefused(APP, VAC, 2,
                        "stage-closed", "closed")));
        assertEquals(new TimelineStep("Het gekozen moment voor proef 2 kon niet geboekt worden: dat moment is al "
                        + "voorbij; kies een ander moment", null),
                TimelineTexts.bookingRefused(new IncomingEvents.SlotBookingRefused(APP, VAC, 2, UUID.randomUUID(),
                        "slot-past", "past")));
    }

    @Test
    void theIcsEscapesTextAndFoldsLongLines() {
        String ics = new org.werving.candidate.mail.Ics(APP, 1, "Speedinterview", java.time.OffsetDateTime.parse(
                "2026-12-03T09:30:00+01:00"), 20, "Stadhuis; zaal 2, " + "lange gang – ".repeat(10), null)
                .render("Werkvloerbegeleider", "selectie@werving.example", java.time.OffsetDateTime.parse("2026-11-22T10:00:00Z"));
        assertTrue(ics.contains("\r\nDTSTART:20261203T083000Z\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Stadhuis\\; zaal 2\\, lange gang"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.contains("\r\n "), "folded");
        assertTrue(ics.replace("\r\n ", "").contains("lange gang – ".repeat(10).strip()), "unfolds to the text");
    }
}
