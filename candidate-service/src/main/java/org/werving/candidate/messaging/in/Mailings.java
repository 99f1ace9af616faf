package org.werving.candidate.messaging.in;

import org.werving.candidate.mail.Ics;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewCancelled;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewScheduled;
import org.werving.candidate.service.ApplicationTimeline.Mailing;
import org.werving.candidate.service.TimelineTexts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** The mails the consumed events send: which template, with which values (blank text counts as absent). */
final class Mailings {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Mailings() {
    }

    static Mailing mail(String kind, Object... keyValues) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            data.put((String) keyValues[i], value instanceof String text && text.isBlank() ? null : value);
        }
        return new Mailing(kind, data);
    }

    /** The interview invitation, with the booked slot as an iCalendar attachment. */
    static Mailing invitation(InterviewScheduled e) {
        String stage = stageName(e.stageName(), e.stageOrder());
        if (e.startsAt() == null) {
            return mail(Notifications.INTERVIEW_INVITATION, "stageName", stage, "place", e.place(),
                    "meetingLink", e.meetingLink(), "durationMinutes", e.durationMinutes(), "when", "zie je persoonlijke pagina");
        }
        int minutes = e.durationMinutes() == null || e.durationMinutes() <= 0 ? 60 : e.durationMinutes();
        // a move: the same agenda item (stable UID per application and stage, a higher SEQUENCE) at the new moment
        return mail(e.moved() ? Notifications.INTERVIEW_MOVED : Notifications.INTERVIEW_INVITATION, "stageName", stage, "when", TimelineTexts.when(e.startsAt()),
                "durationMinutes", minutes, "place", e.place(), "meetingLink", e.meetingLink(),
                Notifications.APPOINTMENT, new Ics(e.applicationId(), e.stageOrder(), stage, e.startsAt(), minutes,
                        e.place(), e.meetingLink()));
    }

    /** The cancellation of a booked moment, with an iCalendar CANCEL for the same agenda item. */
    static Mailing cancellation(InterviewCancelled e) {
        String stage = stageName(e.stageName(), e.stageOrder());
        if (e.startsAt() == null) {
            return mail(Notifications.INTERVIEW_CANCELLED, "stageName", stage);
        }
        // the timeline text (with the reason) is the body; the .ics removes the invitation's agenda item
        return mail(Notifications.INTERVIEW_CANCELLED, "stageName", stage, Notifications.APPOINTMENT,
                new Ics(e.applicationId(), e.stageOrder(), stage, e.startsAt(), 0, null, null, true));
    }

    /** The candidate's own cancellation, with an iCalendar CANCEL for the agenda item of the moment given up. */
    static Mailing ownCancellation(IncomingEvents.SlotBookingCancelled e) {
        String stage = stageName(e.stageName(), e.stageOrder());
        if (e.startsAt() == null) {
            return mail(Notifications.BOOKING_CANCELLED, "stageName", stage);
        }
        return mail(Notifications.BOOKING_CANCELLED, "stageName", stage, Notifications.APPOINTMENT,
                new Ics(e.applicationId(), e.stageOrder(), stage, e.startsAt(), 0, null, null, true));
    }

    /** The stage as the mails name it: its name, else "Proef n", else "Selectieproef". */
    private static String stageName(String name, Integer order) {
        return name == null || name.isBlank() ? (order == null ? "Selectieproef" : "Proef " + order) : name;
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
