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
                timeline);
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
}
