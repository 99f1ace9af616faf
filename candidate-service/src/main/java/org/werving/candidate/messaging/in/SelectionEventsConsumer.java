package org.werving.candidate.messaging.in;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.messaging.in.IncomingEvents.CandidateEliminated;
import org.werving.candidate.messaging.in.IncomingEvents.CapacityTestRecorded;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewCancelled;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewScheduled;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewScored;
import org.werving.candidate.messaging.in.IncomingEvents.ScreeningFailed;
import org.werving.candidate.messaging.in.IncomingEvents.ScreeningPassed;
import org.werving.candidate.messaging.in.IncomingEvents.SelectionPassed;
import org.werving.candidate.messaging.in.IncomingEvents.SlotBookingCancellationRefused;
import org.werving.candidate.messaging.in.IncomingEvents.SlotBookingCancelled;
import org.werving.candidate.messaging.in.IncomingEvents.SlotBookingRefused;
import org.werving.candidate.service.BookedMoments;
import org.werving.candidate.service.TimelineTexts;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;

import static org.werving.candidate.messaging.in.Mailings.mail;

/**
 * werving.selection.events, through the {@link Inbox}: each event adds its Dutch timeline entry to
 * the application it concerns, moves the status on and sends the step's mail. Unknown types are
 * recorded and otherwise ignored.
 */
@ApplicationScoped
public class SelectionEventsConsumer {
    private final Inbox inbox;
    private final EventTimeline timeline;
    private final BookedMoments moments;

    public SelectionEventsConsumer(Inbox inbox, EventTimeline timeline, BookedMoments moments) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.moments = moments;
    }

    @Incoming("selection-events")
    public Uni<Void> onSelectionEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "ScreeningPassed" -> timeline.record(event, ScreeningPassed.class, ScreeningPassed::applicationId,
                    TimelineTexts::screeningPassed, e -> mail(Notifications.ADMITTED,
                            "capacityTest", Boolean.TRUE.equals(e.capacityTestRequired()), "motivation", e.motivation()));
            case "ScreeningFailed" -> timeline.recordDecision(event, ScreeningFailed.class, ScreeningFailed::applicationId,
                    TimelineTexts::screeningFailed, e -> mail(Notifications.NOT_ADMITTED, "motivation", e.motivation()),
                    e -> a -> { }, DecisionLetter.Kind.NOT_ADMITTED);
            case "CapacityTestRecorded" -> timeline.record(event, CapacityTestRecorded.class,
                    CapacityTestRecorded::applicationId, TimelineTexts::capacityTestRecorded,
                    e -> mail(Notifications.STAGE_RESULT));
            case "InterviewScored" -> timeline.record(event, InterviewScored.class, InterviewScored::applicationId,
                    TimelineTexts::interviewScored, e -> mail(Notifications.STAGE_RESULT, "motivation", e.motivation()),
                    e -> application -> {
                        if (e.stageOrder() != null && (application.lastScoredStage == null
                                || e.stageOrder() > application.lastScoredStage)) {
                            application.lastScoredStage = e.stageOrder();
                        }
                    });
            case "CandidateEliminated" -> timeline.recordDecision(event, CandidateEliminated.class,
                    CandidateEliminated::applicationId, TimelineTexts::candidateEliminated,
                    e -> mail(Notifications.ELIMINATED), // the formal notice: the decision letter is attached
                    e -> a -> { }, DecisionLetter.Kind.ELIMINATED);
            case "SelectionPassed" -> timeline.recordDecision(event, SelectionPassed.class, SelectionPassed::applicationId,
                    TimelineTexts::selectionPassed, e -> null, // the reserve placement follows
                    e -> a -> { }, DecisionLetter.Kind.PASSED);
            case "InterviewScheduled" -> timeline.recordThen(event, InterviewScheduled.class,
                    InterviewScheduled::applicationId, TimelineTexts::interviewScheduled, Mailings::invitation,
                    e -> moments.booked(new BookedMoments.Moment(e.applicationId(), e.stageOrder(), e.stageName(),
                            e.slotId(), e.startsAt(), e.durationMinutes(), e.place(), e.meetingLink()), event.time()));
            case "InterviewCancelled" -> timeline.recordThen(event, InterviewCancelled.class,
                    InterviewCancelled::applicationId, TimelineTexts::interviewCancelled, Mailings::cancellation,
                    e -> moments.released(e.applicationId(), e.stageOrder(), e.slotId()));
            case "SlotBookingCancelled" -> timeline.recordThen(event, SlotBookingCancelled.class,
                    SlotBookingCancelled::applicationId, TimelineTexts::bookingCancelled, Mailings::ownCancellation,
                    e -> moments.released(e.applicationId(), e.stageOrder(), e.slotId()));
            case "SlotBookingCancellationRefused" -> timeline.record(event, SlotBookingCancellationRefused.class,
                    SlotBookingCancellationRefused::applicationId, TimelineTexts::cancellationRefused,
                    e -> mail(Notifications.CANCELLATION_REFUSED));
            case "SlotBookingRefused" -> timeline.record(event, SlotBookingRefused.class,
                    SlotBookingRefused::applicationId, TimelineTexts::bookingRefused,
                    e -> mail(Notifications.BOOKING_REFUSED));
            default -> EventTimeline.ignore(event);
        };
    }
}
