package org.werving.reserve.messaging.in;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;

/**
 * One channel for werving.candidate.events and werving.selection.events, both keyed by application id: they feed the
 * same dashboard rows (CandidateApplied and the screening of the same application), so one consumer applies them,
 * a poll at a time, and two transactions never race for one row. Each topic keeps its order per key; the types of
 * the two topics are distinct, so the type says which handler applies an event.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {
    private final Inbox inbox;
    private final CandidateEventHandler candidateEvents;
    private final SelectionEventHandler selectionEvents;

    public ApplicationEventsConsumer(Inbox inbox, CandidateEventHandler candidateEvents,
            SelectionEventHandler selectionEvents) {
        this.inbox = inbox;
        this.candidateEvents = candidateEvents;
        this.selectionEvents = selectionEvents;
    }

    @Incoming("application-events")
    public Uni<Void> onApplicationEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, ApplicationEventsConsumer::handles, this::apply);
    }

    static boolean handles(String type) {
        return CandidateEventHandler.HANDLED.contains(type) || SelectionEventHandler.HANDLED.contains(type);
    }

    /** Runs inside the inbox's transaction. */
    Uni<Void> apply(EventEnvelope event) {
        return CandidateEventHandler.HANDLED.contains(event.type()) ? candidateEvents.apply(event)
                : selectionEvents.apply(event);
    }
}
