package org.werving.web.rest;

import org.werving.web.client.Candidates;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the candidate's interview moment stands, read from what candidate-service tells: the stage whose moment
 * they may book next (the one after the stages scored so far), whether a moment of it is held, asked for, being
 * cancelled or still to choose, and whether the held moment may still be moved or cancelled (CONTRACTS C3: only
 * when candidate-service lists the booked moments, and only before the moment begins).
 *
 * @param moment the moment held for the stage (null: none, or a candidate-service that does not list them)
 * @param text    the last timeline line about the moment (what was asked, confirmed or refused)
 * @param refused the last line is a refused move or cancellation (the held moment stays)
 */
public record Booking(int stageOrder, State state, String text, Candidates.BookedMoment moment, boolean changeable,
        boolean refused) {
    public enum State { CHOOSE, REQUESTED, BOOKED, CANCEL_REQUESTED, NOT_NOW }

    private static final List<String> MOMENT_EVENTS = List.of("InterviewScheduled", "InterviewCancelled",
            "SlotBookingRequested", "SlotBookingRefused", "SlotBookingCancellationRequested", "SlotBookingCancelled",
            "SlotBookingCancellationRefused");
    private static final List<String> REFUSALS = List.of("SlotBookingRefused", "SlotBookingCancellationRefused");

    public static Booking of(Candidates.Application application) {
        return of(application, OffsetDateTime.now());
    }

    public static Booking of(Candidates.Application application, OffsetDateTime now) {
        List<Candidates.TimelineItem> timeline = application.timeline() == null ? List.of() : application.timeline();
        int scored = (int) timeline.stream().filter(i -> "InterviewScored".equals(i.type())).count();
        int stage = scored + 1;
        if (!"ADMITTED".equals(application.status()) && !"IN_PROCEDURE".equals(application.status())) {
            return new Booking(stage, State.NOT_NOW, null, null, false, false);
        }
        Candidates.TimelineItem last = null;
        for (Candidates.TimelineItem item : timeline) {
            if ("InterviewScored".equals(item.type())) {
                last = null; // a new stage begins: earlier moments belong to the stage before
            } else if (MOMENT_EVENTS.contains(item.type())) {
                last = item;
            }
        }
        Candidates.BookedMoment held = application.bookings() == null ? null : application.bookings().stream()
                .filter(b -> b.stageOrder() == stage).findFirst().orElse(null);
        boolean changeable = held != null && held.startsAt() != null && held.startsAt().isAfter(now);
        State state = state(last == null ? null : last.type(), held != null);
        boolean refused = state == State.BOOKED && last != null && REFUSALS.contains(last.type());
        return new Booking(stage, state, last == null ? null : last.text(), held, changeable && state == State.BOOKED,
                refused);
    }

    /** The state after the last event about the stage's moment, given whether candidate-service lists one as held. */
    static State state(String lastEvent, boolean held) {
        if (lastEvent == null) {
            return held ? State.BOOKED : State.CHOOSE;
        }
        return switch (lastEvent) {
            case "InterviewScheduled" -> State.BOOKED;
            case "SlotBookingRequested" -> State.REQUESTED;
            case "SlotBookingCancellationRequested" -> State.CANCEL_REQUESTED;
            // a refused move or cancellation keeps the moment held; a refused first choice: choose again
            case "SlotBookingRefused", "SlotBookingCancellationRefused" -> held ? State.BOOKED : State.CHOOSE;
            default -> State.CHOOSE; // cancelled (by the candidate or the selection office): choose again
        };
    }

    /** Whether there is anything to say about a moment now (admitted and still in the procedure). */
    public boolean relevant() {
        return state != State.NOT_NOW;
    }

    public boolean choose() {
        return state == State.CHOOSE;
    }

    public boolean booked() {
        return state == State.BOOKED;
    }

    public boolean requested() {
        return state == State.REQUESTED;
    }

    public boolean cancelRequested() {
        return state == State.CANCEL_REQUESTED;
    }
}
