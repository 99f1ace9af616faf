package org.werving.candidate.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyAmended;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyClosed;
import org.werving.candidate.messaging.in.IncomingEvents.VacancyPublished;
import org.werving.candidate.service.VacancyCatalog;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;

/**
 * werving.vacancy.events, through the {@link Inbox} (each effect commits with the event's id, once):
 * the vacancy read model that decides whether an application is accepted.
 */
@ApplicationScoped
public class VacancyEventsConsumer {
    private final Inbox inbox;
    private final ObjectMapper json;
    private final VacancyCatalog vacancies;

    public VacancyEventsConsumer(Inbox inbox, ObjectMapper json, VacancyCatalog vacancies) {
        this.inbox = inbox;
        this.json = json;
        this.vacancies = vacancies;
    }

    @Incoming("vacancy-events")
    public Uni<Void> onVacancyEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "VacancyPublished" -> vacancies.published(event.payloadAs(VacancyPublished.class, json), event.time());
            case "VacancyClosed" -> vacancies.closed(event.payloadAs(VacancyClosed.class, json), event.time());
            case "VacancyAmended" -> vacancies.amended(event.payloadAs(VacancyAmended.class, json), event.time());
            default -> EventTimeline.ignore(event);
        };
    }
}
