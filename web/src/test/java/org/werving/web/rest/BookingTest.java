package org.werving.web.rest;

import org.junit.jupiter.api.Test;
import org.werving.web.client.Candidates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BookingTest {
    private static Candidates.Application app(String status, String... types) {
        List<Candidates.TimelineItem> timeline = new ArrayList<>();
        for (String type : types) {
            timeline.add(new Candidates.TimelineItem(OffsetDateTime.now(), type, type + " tekst"));
        }
        return new Candidates.Application(UUID.randomUUID(), UUID.randomUUID(), "Titel", status, OffsetDateTime.now(),
                timeline, null);
    }

    @Test
    void anAdmittedCandidateChoosesAMomentOfTheFirstStage() {
        Booking b = Booking.of(app("ADMITTED", "CandidateApplied", "ScreeningPassed"));
        assertEquals(Booking.State.CHOOSE, b.state());
        assertEquals(1, b.stageOrder());
    }

    @Test
    void theMomentFollowsTheTimeline() {
        assertEquals(Booking.State.REQUESTED, Booking.of(app("ADMITTED", "ScreeningPassed", "SlotBookingRequested")).state());
        assertEquals(Booking.State.BOOKED, Booking.of(app("IN_PROCEDURE", "ScreeningPassed", "SlotBookingRequested",
                "InterviewScheduled")).state());
        assertEquals(Booking.State.CHOOSE, Booking.of(app("IN_PROCEDURE", "ScreeningPassed", "InterviewScheduled",
                "InterviewCancelled")).state());
        assertEquals(Booking.State.CHOOSE, Booking.of(app("ADMITTED", "ScreeningPassed", "SlotBookingRequested",
                "SlotBookingRefused")).state());
    }

    @Test
    void afterAScoredStageTheNextStagesMomentIsChosen() {
        Booking b = Booking.of(app("IN_PROCEDURE", "ScreeningPassed", "InterviewScheduled", "InterviewScored"));
        assertEquals(Booking.State.CHOOSE, b.state());
        assertEquals(2, b.stageOrder());
    }

    @Test
    void nothingToBookOutsideTheProcedure() {
        for (String status : List.of("RECEIVED", "AWAITING_CAPACITY_TEST", "NOT_ADMITTED", "WITHDRAWN", "IN_RESERVE")) {
            assertEquals(Booking.State.NOT_NOW, Booking.of(app(status, "ScreeningPassed")).state(), status);
        }
    }

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-10T09:00:00+01:00");

    private static Candidates.Application holding(OffsetDateTime startsAt, String... types) {
        Candidates.Application a = app("IN_PROCEDURE", types);
        return new Candidates.Application(a.id(), a.vacancyId(), a.vacancyTitle(), a.status(), a.appliedAt(),
                a.timeline(), List.of(new Candidates.BookedMoment(1, "Speedinterview", UUID.randomUUID(), startsAt,
                        startsAt.plusMinutes(30), "Stadhuis, zaal 2", null)));
    }

    @Test
    void aHeldMomentThatLiesAheadCanBeMovedOrCancelled() {
        Booking b = Booking.of(holding(NOW.plusDays(3), "ScreeningPassed", "SlotBookingRequested", "InterviewScheduled"), NOW);
        assertEquals(Booking.State.BOOKED, b.state());
        assertEquals(true, b.changeable());
        assertEquals(false, b.refused());
    }

    @Test
    void fromTheMomentItBeginsItCanNoLongerBeChanged() {
        assertEquals(false, Booking.of(holding(NOW, "ScreeningPassed", "InterviewScheduled"), NOW).changeable());
        assertEquals(true, Booking.of(holding(NOW.plusMinutes(1), "ScreeningPassed", "InterviewScheduled"), NOW)
                .changeable());
    }

    @Test
    void aRefusedMoveOrCancellationKeepsTheHeldMoment() {
        for (String refusal : List.of("SlotBookingRefused", "SlotBookingCancellationRefused")) {
            Booking b = Booking.of(holding(NOW.plusDays(3), "ScreeningPassed", "InterviewScheduled",
                    "SlotBookingRequested", refusal), NOW);
            assertEquals(Booking.State.BOOKED, b.state(), refusal);
            assertEquals(true, b.refused(), refusal);
            assertEquals(refusal + " tekst", b.text());
        }
    }

    @Test
    void aMoveOrCancellationAskedForWaitsForItsAnswer() {
        assertEquals(Booking.State.REQUESTED, Booking.of(holding(NOW.plusDays(3), "InterviewScheduled",
                "SlotBookingRequested"), NOW).state());
        assertEquals(Booking.State.CANCEL_REQUESTED, Booking.of(holding(NOW.plusDays(3), "InterviewScheduled",
                "SlotBookingCancellationRequested"), NOW).state());
    }

    @Test
    void afterACancellationTheCandidateChoosesAgain() {
        assertEquals(Booking.State.CHOOSE, Booking.of(app("IN_PROCEDURE", "InterviewScheduled",
                "SlotBookingCancellationRequested", "SlotBookingCancelled"), NOW).state());
    }

    @Test
    void withoutTheListOfHeldMomentsNothingIsOfferedToChange() {
        Booking b = Booking.of(app("IN_PROCEDURE", "ScreeningPassed", "InterviewScheduled"), NOW);
        assertEquals(Booking.State.BOOKED, b.state());
        assertEquals(false, b.changeable());
    }
}
