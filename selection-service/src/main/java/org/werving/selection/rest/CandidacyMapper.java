package org.werving.selection.rest;

import static org.werving.selection.model.Wording.plain;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.Decision;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageScore;
import org.werving.selection.rest.CandidacyViews.CandidacySummary;
import org.werving.selection.rest.CandidacyViews.CandidacyView;
import org.werving.selection.rest.CandidacyViews.CapacityTestView;
import org.werving.selection.rest.CandidacyViews.DecisionView;
import org.werving.selection.rest.CandidacyViews.ScoreView;
import org.werving.selection.service.CandidacyQueries;

import java.util.List;
import java.util.UUID;
import java.util.Map;

@ApplicationScoped
public class CandidacyMapper {

    public CandidacyView toView(CandidacyQueries.Details details) {
        Candidacy c = details.candidacy();
        String stageName = c.currentStage == null || details.vacancy() == null ? null
                : details.vacancy().procedure.stage(c.currentStage).map(Stage::displayName).orElse(null);
        return new CandidacyView(c.applicationId, c.vacancyId, c.internal, c.status, c.currentStage, stageName,
                c.capacityTestRequired, c.preselection, c.screening == null ? null : c.screening.alternative(),
                c.screening == null || c.screening.reasons() == null ? List.of() : c.screening.reasons(),
                c.capacityTestPassed == null ? null : new CapacityTestView(c.capacityTestPassed, plain(c.capacityTestScore),
                        c.capacityTestDate, c.capacityTestProvider),
                scores(details.scores()), c.motivation,
                details.decisions().stream().map(CandidacyMapper::toView).toList(), c.appliedAt, c.updatedAt,
                c.dataErasedAt);
    }

    public List<CandidacySummary> toSummaries(CandidacyQueries.ProcedureCandidacies procedure) {
        Map<UUID, List<StageScore>> scores = procedure.scores();
        return procedure.candidacies().stream()
                .map(c -> new CandidacySummary(c.applicationId, c.status, c.currentStage, c.capacityTestRequired,
                        c.preselection, scores(scores.getOrDefault(c.applicationId, List.of()))))
                .toList();
    }

    private static List<ScoreView> scores(List<StageScore> scores) {
        return scores.stream().map(s -> new ScoreView(s.stageOrder, s.stageType, s.stageName,
                plain(s.score), s.passMark, s.passed, s.rank, s.scoredAt)).toList();
    }

    private static DecisionView toView(Decision d) {
        return new DecisionView(d.at, d.kind, d.status, d.motivation, d.decidedBy);
    }
}
