package org.werving.selection.service;

import org.werving.selection.model.StageVerdicts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.Outbox;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.CandidateEliminated;
import org.werving.selection.messaging.out.CompetencyScore;
import org.werving.selection.messaging.out.InterviewScored;
import org.werving.selection.messaging.out.SelectionPassed;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.Stage;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Tells a candidate's final stage result, in the caller's transaction: InterviewScored with what it means
 * for them, the decision, and the event that ends (CandidateEliminated) or completes (SelectionPassed) the
 * procedure for them. Used by a closed stage and by HR's direct score of a stage without a top-N.
 */
@ApplicationScoped
public class StageResults {
    private final Outbox outbox;
    private final Decisions decisions;

    public StageResults(Outbox outbox, Decisions decisions) {
        this.outbox = outbox;
        this.decisions = decisions;
    }

    public Uni<Void> publish(Candidacy c, Stage stage, boolean finalStage, BigDecimal score, boolean passed,
            Map<String, BigDecimal> profile, StageVerdicts.StageVerdict verdict, String actor) {
        Uni<Void> told = outbox.record(Aggregates.CANDIDACY, c.applicationId, "InterviewScored",
                new InterviewScored(c.applicationId, c.vacancyId, stage.order(), stage.type(),
                        stage.displayName(), score, stage.passMark(), passed, finalStage,
                        CompetencyScore.of(profile), verdict.meaning().name(), verdict.motivation()))
                .flatMap(x -> decisions.decide(c, verdict.kind(), verdict.status(), verdict.motivation(), actor));
        return switch (verdict.meaning()) {
            case ELIMINATED -> told.flatMap(x -> outbox.record(Aggregates.CANDIDACY, c.applicationId,
                    "CandidateEliminated", new CandidateEliminated(c.applicationId, c.vacancyId,
                            stage.displayName(), verdict.motivation(), verdict.cause().name())));
            case PASSED_SELECTION -> told.flatMap(x -> outbox.record(Aggregates.CANDIDACY, c.applicationId,
                    "SelectionPassed", new SelectionPassed(c.applicationId, c.vacancyId, score,
                            c.internal, c.reserveType())));
            case GOES_ON -> told;
        };
    }
}
