package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.chassis.messaging.Inbox;
import org.werving.reserve.service.DashboardProjection;
import org.werving.reserve.service.ReservePlacement;

import java.util.Set;

/**
 * werving.vacancy.events: keeps a copy of each published vacancy (title, reserve validity); the dashboard
 * takes titles, references, admission alternatives and stage names from VacancyPublished and VacancyAmended.
 */
@ApplicationScoped
public class VacancyEventsConsumer {
    /** The event types applied here; the others are acknowledged without opening a transaction. */
    private static final Set<String> HANDLED = Set.of("VacancyPublished", "VacancyAmended");
    private final Inbox inbox;
    private final ReservePlacement service;
    private final DashboardProjection dashboard;
    private final ObjectMapper json;

    public VacancyEventsConsumer(Inbox inbox, ReservePlacement service, DashboardProjection dashboard, ObjectMapper json) {
        this.inbox = inbox;
        this.service = service;
        this.dashboard = dashboard;
        this.json = json;
    }

    @Incoming("vacancy-events")
    public Uni<Void> onVacancyEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, HANDLED::contains, this::apply);
    }

    /** Runs inside the inbox's transaction. Other vacancy events are not needed here. */
    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "VacancyPublished" -> {
                VacancyPublished published = event.payloadAs(VacancyPublished.class, json);
                yield service.vacancyPublished(published).chain(() -> dashboard.vacancy(published, event.time()));
            }
            case "VacancyAmended" -> dashboard.vacancy(event.payloadAs(VacancyAmended.class, json).vacancy(), event.time());
            default -> Uni.createFrom().voidItem();
        };
    }
}
