package org.werving.reserve.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.werving.reserve.service.ReserveService;

/** werving.vacancy.events: keeps a copy of each published vacancy (title, reserve validity). */
@ApplicationScoped
public class VacancyEventsConsumer {
    private final Inbox inbox;
    private final ReserveService service;
    private final ObjectMapper json;

    public VacancyEventsConsumer(Inbox inbox, ReserveService service, ObjectMapper json) {
        this.inbox = inbox;
        this.service = service;
        this.json = json;
    }

    @Incoming("vacancy-events")
    public Uni<Void> onVacancyEvent(Message<String> message) {
        return inbox.process(message, this::apply);
    }

    /** Runs inside the inbox's transaction. Other vacancy events are not needed here. */
    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "VacancyPublished" -> service.vacancyPublished(event.payloadAs(json, VacancyPublished.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
