package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.EventEnvelope;
import org.werving.reserve.service.DashboardProjection;
import org.werving.reserve.service.ReservePlacement;

import java.util.Set;

/**
 * werving.selection.events, as {@link ApplicationEventsConsumer} hands them on: every laureate (SelectionPassed) gets
 * a reserve entry; the close of the procedure (SelectionCompleted) starts the reserves' validity and gives the final
 * ranking.
 */
@ApplicationScoped
public class SelectionEventHandler {
    /** What this service does something with; the interview and slot events are acknowledged without a transaction. */
    static final Set<String> HANDLED = Set.of("SelectionPassed", "SelectionCompleted", "ScreeningPassed",
            "ScreeningFailed", "CapacityTestRecorded", "InterviewScored", "CandidateEliminated");
    private final ReservePlacement service;
    private final DashboardProjection dashboard;
    private final ObjectMapper json;

    public SelectionEventHandler(ReservePlacement service, DashboardProjection dashboard, ObjectMapper json) {
        this.service = service;
        this.dashboard = dashboard;
        this.json = json;
    }

    /**
     * Runs inside the inbox's transaction for the {@link #HANDLED} types. Screening, the capacity test and the
     * stages' results feed the dashboard's read model; the other selection events concern the candidate's timeline
     * only and never open a transaction here.
     */
    Uni<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "SelectionPassed" -> service.selectionPassed(event.payloadAs(SelectionPassed.class, json));
            case "SelectionCompleted" -> service.selectionCompleted(event.payloadAs(SelectionCompleted.class, json));
            case "ScreeningPassed" -> dashboard.screeningPassed(event.payloadAs(ScreeningPassed.class, json), event.time());
            case "ScreeningFailed" -> dashboard.screeningFailed(event.payloadAs(ScreeningFailed.class, json));
            case "CapacityTestRecorded" -> dashboard.capacityTest(event.payloadAs(CapacityTestRecorded.class, json),
                    event.time());
            case "InterviewScored" -> dashboard.interviewScored(event.payloadAs(InterviewScored.class, json), event.time());
            case "CandidateEliminated" -> dashboard.eliminated(event.payloadAs(CandidateEliminated.class, json));
            default -> Uni.createFrom().voidItem();
        };
    }
}
