package org.werving.candidate.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.TimelineStep;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.DecisionLetterRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.reactive.Steps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The application's status and timeline as the procedure moves on: each consumed event adds its
 * entry, moves the status on and, where the step has one, puts its mail in the mail outbox. Runs
 * inside the consumer's transaction.
 */
@ApplicationScoped
public class ApplicationTimeline {
    private static final Logger LOG = Logger.getLogger(ApplicationTimeline.class);

    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final TimelineRepository timeline;
    private final Notifications notifications;
    private final DecisionLetterRepository letters;
    private final Clock clock = Clock.systemUTC();

    public ApplicationTimeline(ApplicationRepository applications, VacancyRepository vacancies,
            TimelineRepository timeline, Notifications notifications, DecisionLetterRepository letters) {
        this.applications = applications;
        this.letters = letters;
        this.vacancies = vacancies;
        this.timeline = timeline;
        this.notifications = notifications;
    }

    /** A mail to send with a timeline step: which template, with which values. */
    public record Mailing(String kind, Map<String, Object> data) {
    }

    /** The entry of a step this service itself took (applying, withdrawing, a booking request), recorded now. */
    TimelineEntry entry(UUID applicationId, UUID eventId, OffsetDateTime at, String type, TimelineStep step) {
        return TimelineEntry.of(applicationId, eventId, at, type, step, OffsetDateTime.now(clock));
    }

    /**
     * Adds an event's entry to the timeline of the application it concerns, moves the status on and
     * applies {@code effect} (e.g. the reserve's validity); with a {@code mailing}, puts the step's mail in
     * the mail outbox (not for a withdrawn candidate). An unknown application is logged and ignored.
     */
    public Uni<Void> record(EventEnvelope event, UUID applicationId, TimelineStep step, Mailing mailing,
            Consumer<Application> effect) {
        return applications.findById(applicationId).flatMap(application -> {
            if (application == null) {
                LOG.warnf("%s %s concerns unknown application %s: ignored", event.type(), event.id(), applicationId);
                return Uni.createFrom().voidItem();
            }
            boolean withdrawn = application.status == ApplicationStatus.WITHDRAWN;
            boolean reviewed = application.status.overturnedBy(step.status());
            TimelineStep taken = reviewed ? TimelineTexts.screeningReviewed(step) : step;
            application.advance(taken, event.time());
            effect.accept(application);
            Uni<Void> saved = timeline.persist(TimelineEntry.of(application.id, event.id(), event.time(), event.type(),
                    taken, OffsetDateTime.now(clock))).replaceWithVoid();
            if (reviewed) { // the refusal's letter must never look valid beside the admission
                saved = saved.call(() -> letters.withdraw(application.id, DecisionLetter.Kind.NOT_ADMITTED, event.time()));
            }
            if (mailing == null || withdrawn) {
                return saved;
            }
            Map<String, Object> data = new HashMap<>(mailing.data());
            data.put("text", taken.text());
            data.put("reviewed", reviewed);
            return saved.flatMap(v -> vacancies.findById(application.vacancyId))
                    .flatMap(vacancy -> notifications.enqueue(application, vacancy == null ? null : vacancy.title,
                            mailing.kind(), data));
        });
    }

    /**
     * A reserve event (keyed by reserve id): one timeline entry, and mail, for each application of
     * the vacancy on that reserve (PROMOTION: the internal laureates; RECRUITMENT: the external ones).
     */
    public Uni<Void> recordForReserve(EventEnvelope event, UUID vacancyId, String reserveType, TimelineStep step,
            Mailing mailing, Consumer<Application> effect) {
        String type = "PROMOTION".equals(reserveType) || "RECRUITMENT".equals(reserveType) ? reserveType : null;
        return applications.inReserve(vacancyId, type).flatMap(list -> {
            if (list.isEmpty()) {
                LOG.infof("%s %s: no application of vacancy %s on the reserve", event.type(), event.id(), vacancyId);
            }
            // one after the other without nesting: a flatMap per laureate in a loop overflows the stack for a large reserve
            return Steps.each(list, application -> record(event, application.id, step, mailing, effect));
        });
    }
}
