package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.reserve.service.DashboardProjection;
import org.werving.reserve.service.CandidateDepartures;

import java.util.Set;

/**
 * werving.candidate.events, as {@link ApplicationEventsConsumer} hands them on: a withdrawn application leaves the
 * reserve (and never lands on it); an erasure is recorded on the entry's history (the reserve holds ids and scores
 * only); an application counts on the dashboard.
 */
@ApplicationScoped
public class CandidateEventHandler {
    /** The event types applied here; the others are acknowledged without opening a transaction. */
    static final Set<String> HANDLED = Set.of("CandidateApplied", "ApplicationWithdrawn", "CandidateDataErased");
    private final CandidateDepartures service;
    private final DashboardProjection dashboard;
    private final ObjectMapper json;

    public CandidateEventHandler(CandidateDepartures service, DashboardProjection dashboard, ObjectMapper json) {
        this.service = service;
        this.dashboard = dashboard;
        this.json = json;
    }

    /** Runs inside the inbox's transaction. CandidateApplied feeds the dashboard's read model; the rest is not needed here. */
    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "CandidateApplied" -> dashboard.applied(event.payloadAs(CandidateApplied.class, json), event.time());
            case "ApplicationWithdrawn" -> service.applicationWithdrawn(event.payloadAs(ApplicationWithdrawn.class, json));
            case "CandidateDataErased" -> service.candidateDataErased(event.payloadAs(CandidateDataErased.class, json));
            default -> Uni.createFrom().voidItem();
        };
    }
}
