package org.werving.candidate.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.candidate.mail.Ics;
import org.werving.candidate.messaging.IncomingEvents.CandidateAppointed;
import org.werving.candidate.messaging.IncomingEvents.CandidateEliminated;
import org.werving.candidate.messaging.IncomingEvents.InterviewScheduled;
import org.werving.candidate.messaging.IncomingEvents.ReserveExpired;
import org.werving.candidate.messaging.IncomingEvents.ReserveExtended;
import org.werving.candidate.messaging.IncomingEvents.SlotBookingRefused;
import org.werving.candidate.messaging.IncomingEvents.VacancyAmended;
import org.werving.candidate.messaging.IncomingEvents.CapacityTestRecorded;
import org.werving.candidate.messaging.IncomingEvents.InterviewScored;
import org.werving.candidate.messaging.IncomingEvents.ReserveEntryCreated;
import org.werving.candidate.messaging.IncomingEvents.ScreeningFailed;
import org.werving.candidate.messaging.IncomingEvents.ScreeningPassed;
import org.werving.candidate.messaging.IncomingEvents.SelectionPassed;
import org.werving.candidate.messaging.IncomingEvents.VacancyClosed;
import org.werving.candidate.messaging.IncomingEvents.VacancyPublished;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.model.TimelineStep;
import org.werving.candidate.service.ApplicationService;
import org.werving.candidate.service.TimelineTexts;
import org.werving.candidate.service.VacancyCatalog;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Consumes the vacancy, selection and reserve events through the {@link Inbox}: each effect
 * commits with the event's id, once. Unknown event types are recorded and otherwise ignored.
 */
@ApplicationScoped
public class EventConsumers {
    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final VacancyCatalog vacancies;
    private final ApplicationService applications;

    public EventConsumers(Inbox inbox, ObjectMapper json, VacancyCatalog vacancies, ApplicationService applications) {
        this.inbox = inbox;
        this.json = json;
        this.vacancies = vacancies;
        this.applications = applications;
    }

    @Incoming("vacancy-events")
    public Uni<Void> onVacancyEvent(Message<String> message) {
        return inbox.process(message, this::applyVacancyEvent);
    }

    @Incoming("selection-events")
    public Uni<Void> onSelectionEvent(Message<String> message) {
        return inbox.process(message, this::applySelectionEvent);
    }

    @Incoming("reserve-events")
    public Uni<Void> onReserveEvent(Message<String> message) {
        return inbox.process(message, this::applyReserveEvent);
    }

    Uni<Void> applyVacancyEvent(EventEnvelope event) {
        return switch (event.type()) {
            case "VacancyPublished" -> vacancies.published(event.payloadAs(VacancyPublished.class, json), event.time());
            case "VacancyClosed" -> vacancies.closed(event.payloadAs(VacancyClosed.class, json), event.time());
            case "VacancyAmended" -> vacancies.amended(event.payloadAs(VacancyAmended.class, json), event.time());
            default -> ignore(event);
        };
    }

    Uni<Void> applySelectionEvent(EventEnvelope event) {
        return switch (event.type()) {
            case "ScreeningPassed" -> timeline(event, ScreeningPassed.class, ScreeningPassed::applicationId,
                    TimelineTexts::screeningPassed, e -> mail(Notifications.ADMITTED,
                            "capacityTest", Boolean.TRUE.equals(e.capacityTestRequired()), "motivation", e.motivation()));
            case "ScreeningFailed" -> timeline(event, ScreeningFailed.class, ScreeningFailed::applicationId,
                    TimelineTexts::screeningFailed, e -> mail(Notifications.NOT_ADMITTED, "motivation", e.motivation()));
            case "CapacityTestRecorded" -> timeline(event, CapacityTestRecorded.class, CapacityTestRecorded::applicationId,
                    TimelineTexts::capacityTestRecorded, e -> mail(Notifications.STAGE_RESULT));
            case "InterviewScored" -> timeline(event, InterviewScored.class, InterviewScored::applicationId,
                    TimelineTexts::interviewScored, e -> mail(Notifications.STAGE_RESULT, "motivation", e.motivation()),
                    e -> application -> {
                        if (e.stageOrder() != null && (application.lastScoredStage == null
                                || e.stageOrder() > application.lastScoredStage)) {
                            application.lastScoredStage = e.stageOrder();
                        }
                    });
            case "CandidateEliminated" -> timeline(event, CandidateEliminated.class, CandidateEliminated::applicationId,
                    TimelineTexts::candidateEliminated, e -> null); // the stage result or refusal already said it
            case "SelectionPassed" -> timeline(event, SelectionPassed.class, SelectionPassed::applicationId,
                    TimelineTexts::selectionPassed, e -> null); // the reserve placement follows
            case "InterviewScheduled" -> timeline(event, InterviewScheduled.class, InterviewScheduled::applicationId,
                    TimelineTexts::interviewScheduled, EventConsumers::invitation);
            case "InterviewCancelled" -> timeline(event, IncomingEvents.InterviewCancelled.class,
                    IncomingEvents.InterviewCancelled::applicationId, TimelineTexts::interviewCancelled,
                    EventConsumers::cancellation);
            case "SlotBookingRefused" -> timeline(event, SlotBookingRefused.class, SlotBookingRefused::applicationId,
                    TimelineTexts::bookingRefused, e -> mail(Notifications.BOOKING_REFUSED));
            default -> ignore(event);
        };
    }

    Uni<Void> applyReserveEvent(EventEnvelope event) {
        return switch (event.type()) {
            case "ReserveEntryCreated" -> timeline(event, ReserveEntryCreated.class, ReserveEntryCreated::applicationId,
                    TimelineTexts::reserveEntryCreated, e -> mail(Notifications.RESERVE,
                            "reserve", "PROMOTION".equals(e.reserveType()) ? "bevorderingsreserve" : "wervingsreserve",
                            "validUntil", e.validUntil() == null ? null
                                    : java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(e.validUntil())),
                    e -> application -> {
                        application.reserveValidUntil = e.validUntil();
                        application.reserveType = e.reserveType();
                    });
            case "ReserveExtended" -> {
                ReserveExtended e = event.payloadAs(ReserveExtended.class, json);
                requireVacancy(event, e.vacancyId());
                yield applications.recordForReserve(event, e.vacancyId(), e.reserveType(), TimelineTexts.reserveExtended(e),
                        mail(Notifications.RESERVE_EXTENDED, "reserve", TimelineTexts.reserveName(e.reserveType()),
                                "validUntil", date(e.validUntil()), "decisionReference", e.decisionReference()),
                        application -> {
                            if (e.validUntil() != null) {
                                application.reserveValidUntil = e.validUntil();
                            }
                        });
            }
            case "ReserveExpired" -> {
                ReserveExpired e = event.payloadAs(ReserveExpired.class, json);
                requireVacancy(event, e.vacancyId());
                yield applications.recordForReserve(event, e.vacancyId(), e.reserveType(), TimelineTexts.reserveExpired(e),
                        mail(Notifications.RESERVE_EXPIRED, "reserve", TimelineTexts.reserveName(e.reserveType()),
                                "validUntil", date(e.validUntil())),
                        application -> {
                            if (e.validUntil() != null) {
                                application.reserveValidUntil = e.validUntil(); // retention runs from here
                            }
                        });
            }
            case "ReserveEnded" -> {
                IncomingEvents.ReserveEnded e = event.payloadAs(IncomingEvents.ReserveEnded.class, json);
                requireVacancy(event, e.vacancyId());
                yield applications.recordForReserve(event, e.vacancyId(), e.reserveType(), TimelineTexts.reserveEnded(e),
                        mail(Notifications.RESERVE_ENDED, "reserve", TimelineTexts.reserveName(e.reserveType()),
                                "validUntil", date(e.endedOn()), "reason", e.reason(),
                                "decisionReference", e.decisionReference()),
                        application -> application.reserveValidUntil = e.endedOn()); // retention runs from here
            }
            case "CandidateAppointed" -> timeline(event, CandidateAppointed.class, CandidateAppointed::applicationId,
                    TimelineTexts::candidateAppointed, e -> mail(Notifications.APPOINTED, "team", e.team(),
                            "kind", e.kind(), "startDate", date(e.startDate()), "endDate", date(e.endDate()),
                            "reason", "TEMPORARY".equals(e.kind()) ? e.reason() : null));
            default -> ignore(event);
        };
    }

    private <T> Uni<Void> timeline(EventEnvelope event, Class<T> type, Function<T, UUID> applicationId,
            Function<T, TimelineStep> step, Function<T, ApplicationService.Mailing> mailing) {
        return timeline(event, type, applicationId, step, mailing, e -> a -> { });
    }

    private <T> Uni<Void> timeline(EventEnvelope event, Class<T> type, Function<T, UUID> applicationId,
            Function<T, TimelineStep> step, Function<T, ApplicationService.Mailing> mailing,
            Function<T, java.util.function.Consumer<org.werving.candidate.model.Application>> effect) {
        T payload = event.payloadAs(type, json);
        UUID application = applicationId.apply(payload);
        if (application == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " without applicationId");
        }
        return applications.record(event, application, step.apply(payload), mailing.apply(payload), effect.apply(payload));
    }

    private static ApplicationService.Mailing mail(String kind, Object... keyValues) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            data.put((String) keyValues[i], value instanceof String text && text.isBlank() ? null : value);
        }
        return new ApplicationService.Mailing(kind, data);
    }

    /** The interview invitation, with the booked slot as an iCalendar attachment. */
    private static ApplicationService.Mailing invitation(InterviewScheduled e) {
        String stage = stageName(e.stageName(), e.stageOrder());
        if (e.startsAt() == null) {
            return mail(Notifications.INTERVIEW_INVITATION, "stageName", stage, "place", e.place(),
                    "meetingLink", e.meetingLink(), "durationMinutes", e.durationMinutes(), "when", "zie je persoonlijke pagina");
        }
        int minutes = e.durationMinutes() == null || e.durationMinutes() <= 0 ? 60 : e.durationMinutes();
        return mail(Notifications.INTERVIEW_INVITATION, "stageName", stage, "when", TimelineTexts.when(e.startsAt()),
                "durationMinutes", minutes, "place", e.place(), "meetingLink", e.meetingLink(),
                Notifications.APPOINTMENT, new Ics(e.applicationId(), e.stageOrder(), stage, e.startsAt(), minutes,
                        e.place(), e.meetingLink()));
    }

    /** The cancellation of a booked moment, with an iCalendar CANCEL for the same agenda item. */
    private static ApplicationService.Mailing cancellation(IncomingEvents.InterviewCancelled e) {
        String stage = stageName(e.stageName(), e.stageOrder());
        if (e.startsAt() == null) {
            return mail(Notifications.INTERVIEW_CANCELLED, "stageName", stage);
        }
        // the timeline text (with the reason) is the body; the .ics removes the invitation's agenda item
        return mail(Notifications.INTERVIEW_CANCELLED, "stageName", stage, Notifications.APPOINTMENT,
                new Ics(e.applicationId(), e.stageOrder(), stage, e.startsAt(), 0, null, null, true));
    }

    /** The stage as the mails name it: its name, else "Proef n", else "Selectieproef". */
    private static String stageName(String name, Integer order) {
        return name == null || name.isBlank() ? (order == null ? "Selectieproef" : "Proef " + order) : name;
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(date);
    }

    private static void requireVacancy(EventEnvelope event, UUID vacancyId) {
        if (vacancyId == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " without vacancyId");
        }
    }

    private static Uni<Void> ignore(EventEnvelope event) {
        LOG.debugf("event type %s (%s) not used here: recorded and ignored", event.type(), event.id());
        return Uni.createFrom().voidItem();
    }
}
