package org.werving.web.rest;

import org.werving.web.client.Candidates;

import java.util.List;

/**
 * Where the candidate's interview moment stands, read from their timeline as candidate-service tells
 * it: the stage whose moment they may book next (the one after the stages scored so far) and whether
 * a moment of it is booked, asked for, or still to choose.
 */
public record Booking(int stageOrder, State state, String text) {
    public enum State { CHOOSE, REQUESTED, BOOKED, NOT_NOW }

    private static final List<String> MOMENT_EVENTS = List.of("InterviewScheduled", "InterviewCancelled",
            "SlotBookingRequested", "SlotBookingRefused");

    public static Booking of(Candidates.Application application) {
        List<Candidates.TimelineItem> timeline = application.timeline() == null ? List.of() : application.timeline();
        int scored = (int) timeline.stream().filter(i -> "InterviewScored".equals(i.type())).count();
        int stage = scored + 1;
        if (!"ADMITTED".equals(application.status()) && !"IN_PROCEDURE".equals(application.status())) {
            return new Booking(stage, State.NOT_NOW, null);
        }
        Candidates.TimelineItem last = null;
        for (Candidates.TimelineItem item : timeline) {
            if ("InterviewScored".equals(item.type())) {
                last = null; // a new stage begins: earlier moments belong to the stage before
            } else if (MOMENT_EVENTS.contains(item.type())) {
                last = item;
            }
        }
        if (last == null) {
            return new Booking(stage, State.CHOOSE, null);
        }
        return switch (last.type()) {
            case "InterviewScheduled" -> new Booking(stage, State.BOOKED, last.text());
            case "SlotBookingRequested" -> new Booking(stage, State.REQUESTED, last.text());
            default -> new Booking(stage, State.CHOOSE, last.text()); // cancelled or refused: choose again
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
}
