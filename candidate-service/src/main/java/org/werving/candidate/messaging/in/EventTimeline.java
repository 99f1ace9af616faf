package org.werving.candidate.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.candidate.mail.Notifications;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.model.TimelineStep;
import org.werving.candidate.service.ApplicationTimeline;
import org.werving.candidate.service.ApplicationTimeline.Mailing;
import org.werving.candidate.service.DecisionLetters;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.UnreadableEventException;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the selection and reserve consumers share: read an event keyed by application into its
 * record, and hand its step, mail and effect to {@link ApplicationTimeline}.
 */
@ApplicationScoped
class EventTimeline {
    private static final Logger LOG = Logger.getLogger(EventTimeline.class);

    private final ObjectMapper json;
    private final ApplicationTimeline timeline;
    private final DecisionLetters letters;

    EventTimeline(ObjectMapper json, ApplicationTimeline timeline, DecisionLetters letters) {
        this.json = json;
        this.timeline = timeline;
        this.letters = letters;
    }

    <T> T read(EventEnvelope event, Class<T> type) {
        return event.payloadAs(type, json);
    }

    <T> Uni<Void> record(EventEnvelope event, Class<T> type, Function<T, UUID> applicationId,
            Function<T, TimelineStep> step, Function<T, Mailing> mailing) {
        return record(event, type, applicationId, step, mailing, e -> a -> { });
    }

    <T> Uni<Void> record(EventEnvelope event, Class<T> type, Function<T, UUID> applicationId,
            Function<T, TimelineStep> step, Function<T, Mailing> mailing, Function<T, Consumer<Application>> effect) {
        T payload = read(event, type);
        UUID application = applicationId.apply(payload);
        if (application == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " without applicationId");
        }
        return timeline.record(event, application, step.apply(payload), mailing.apply(payload), effect.apply(payload));
    }

    /** As {@link #record}, for a decision: its letter says the timeline's text of the event (issue 12). */
    <T> Uni<Void> recordDecision(EventEnvelope event, Class<T> type, Function<T, UUID> applicationId,
            Function<T, TimelineStep> step, Function<T, Mailing> mailing, Function<T, Consumer<Application>> effect,
            DecisionLetter.Kind kind) {
        T payload = read(event, type);
        UUID application = applicationId.apply(payload);
        if (application == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " without applicationId");
        }
        TimelineStep decided = step.apply(payload);
        UUID letter = UUID.randomUUID();
        return timeline.record(event, application, decided, withLetter(mailing.apply(payload), letter), effect.apply(payload))
                .call(() -> letters.decided(letter, event.id(), application, kind, decided.text(), event.time()));
    }

    /** The decision's mail, carrying its letter as PDF; a decision without a mail of its own (null) stays without. */
    static Mailing withLetter(Mailing mailing, UUID letter) {
        if (mailing == null) {
            return null;
        }
        java.util.Map<String, Object> data = new java.util.HashMap<>(mailing.data());
        data.put(Notifications.LETTER, letter);
        return new Mailing(mailing.kind(), data);
    }

    /** As {@link #record}, then {@code then} in the same transaction (e.g. the moment held per stage). */
    <T> Uni<Void> recordThen(EventEnvelope event, Class<T> type, Function<T, UUID> applicationId,
            Function<T, TimelineStep> step, Function<T, Mailing> mailing, FollowUp<T> then) {
        T payload = read(event, type);
        UUID application = applicationId.apply(payload);
        if (application == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " without applicationId");
        }
        return timeline.record(event, application, step.apply(payload), mailing.apply(payload), a -> { })
                .call(() -> then.apply(payload));
    }

    /** What an event does besides its timeline entry and mail. */
    @FunctionalInterface
    interface FollowUp<T> {
        Uni<Void> apply(T payload);
    }

    /** A reserve event, keyed by reserve: the entry for each application of the vacancy on that reserve. */
    Uni<Void> recordForReserve(EventEnvelope event, UUID vacancyId, String reserveType, TimelineStep step,
            Mailing mailing, Consumer<Application> effect) {
        if (vacancyId == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " without vacancyId");
        }
        return timeline.recordForReserve(event, vacancyId, reserveType, step, mailing, effect);
    }

    static Uni<Void> ignore(EventEnvelope event) {
        LOG.debugf("event type %s (%s) not used here: recorded and ignored", event.type(), event.id());
        return Uni.createFrom().voidItem();
    }
}
