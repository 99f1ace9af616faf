package org.werving.selection.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.Stage;
import org.werving.selection.rest.JuryViews.ClosedStageView;
import org.werving.selection.rest.JuryViews.JuryView;
import org.werving.selection.rest.JuryViews.MemberScoreView;
import org.werving.selection.rest.JuryViews.MemberView;
import org.werving.selection.rest.JuryViews.RankView;
import org.werving.selection.rest.JuryViews.StageCandidaciesView;
import org.werving.selection.rest.JuryViews.StageCandidacyView;
import org.werving.selection.rest.JuryViews.StageResultView;
import org.werving.selection.service.JuryService;

import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class JuryMapper {

    public JuryView toView(JuryService.Jury jury) {
        Stage stage = jury.stage();
        return new JuryView(jury.vacancyId(), stage.order(), stage.displayName(), stage.scaleOrDefault(),
                stage.componentsOrDefault().stream().map(Stage.Component::name).toList(),
                stage.requiresExternalMember(),
                jury.members().stream().map(m -> new MemberView(m.subject, m.external, m.assignedBy, m.assignedAt))
                        .toList(),
                jury.closure() != null);
    }

    public MemberScoreView toView(MemberScore s) {
        return new MemberScoreView(s.applicationId, s.stageOrder, s.member, s.component, plain(s.score), s.recordedBy,
                s.scoredAt);
    }

    public StageCandidaciesView toView(JuryService.StageCandidacies stage) {
        return new StageCandidaciesView(stage.vacancyId(), stage.stage().order(), stage.stage().displayName(),
                stage.closure() != null,
                stage.candidacies().stream().map(c -> new StageCandidacyView(c.applicationId, c.status, c.currentStage,
                        stage.scores().getOrDefault(c.applicationId, List.of()).stream().map(this::toView).toList()))
                        .toList());
    }

    public ClosedStageView toView(JuryService.ClosedStage closed) {
        Stage stage = closed.stage();
        return new ClosedStageView(closed.vacancyId(), stage.order(), stage.displayName(), stage.passMark(),
                stage.topN(), closed.tieRule().name(), closed.finalStage(), closed.closure().closedBy,
                closed.closure().closedAt,
                closed.results().stream().map(r -> new StageResultView(r.outcome().participant().applicationId(),
                        plain(r.outcome().participant().score()), r.outcome().rank(), r.outcome().passed(),
                        r.outcome().verdict().name(), r.decision(), r.motivation())).toList(),
                closed.ranking().stream().map(o -> new RankView(o.participant().applicationId(), o.rank(),
                        plain(o.participant().score()),
                        Boolean.TRUE.equals(closed.internal().get(o.participant().applicationId())) ? "PROMOTION"
                                : "RECRUITMENT")).toList());
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros();
    }

    public org.werving.selection.rest.ReportView toView(JuryService.Report r) {
        java.util.Map<java.util.UUID, java.util.List<org.werving.selection.model.StageScore>> scores = r.scores().stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.applicationId));
        java.util.Map<java.util.UUID, java.util.List<MemberScore>> members = r.memberScores().stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.applicationId));
        java.util.Map<java.util.UUID, java.util.List<org.werving.selection.model.Decision>> trail = r.decisions().stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.applicationId));
        java.util.Map<java.util.UUID, Boolean> internal = r.candidacies().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.applicationId, c -> c.internal));
        var stages = r.vacancy().procedure.stages().stream().map(stage -> {
            var closure = r.closures().stream().filter(c -> c.stageOrder == stage.order()).findFirst().orElse(null);
            return new org.werving.selection.rest.ReportView.StageReport(stage.order(), stage.type(),
                    stage.displayName(), stage.eliminating(), stage.passMark(), stage.topN(),
                    r.jury().stream().filter(m -> m.stageOrder == stage.order())
                            .map(m -> new MemberView(m.subject, m.external, m.assignedBy, m.assignedAt)).toList(),
                    closure == null ? null : closure.closedBy, closure == null ? null : closure.closedAt);
        }).toList();
        var ranking = r.ranking().stream().map(o -> new RankView(o.participant().applicationId(), o.rank(),
                plain(o.participant().score()),
                Boolean.TRUE.equals(internal.get(o.participant().applicationId())) ? "PROMOTION" : "RECRUITMENT"))
                .toList();
        var candidacies = r.candidacies().stream().map(c -> new org.werving.selection.rest.ReportView.CandidacyReport(
                c.applicationId, c.internal, c.status, c.screening == null ? null : c.screening.alternative(),
                c.capacityTestPassed == null ? null : new org.werving.selection.rest.CandidacyViews.CapacityTestView(
                        c.capacityTestPassed, plain(c.capacityTestScore), c.capacityTestDate, c.capacityTestProvider),
                scores.getOrDefault(c.applicationId, List.of()).stream()
                        .sorted(java.util.Comparator.comparingInt(s -> s.stageOrder))
                        .map(s -> new org.werving.selection.rest.CandidacyViews.ScoreView(s.stageOrder, s.stageType,
                                s.stageName, plain(s.score), s.passMark, s.passed, s.rank, s.scoredAt)).toList(),
                members.getOrDefault(c.applicationId, List.of()).stream().map(this::toView).toList(),
                trail.getOrDefault(c.applicationId, List.of()).stream()
                        .map(d -> new org.werving.selection.rest.CandidacyViews.DecisionView(d.at, d.kind, d.status,
                                d.motivation, d.decidedBy)).toList())).toList();
        return new org.werving.selection.rest.ReportView(r.vacancy().vacancyId, r.vacancy().reference,
                r.vacancy().title, r.tieRule().name(), stages, ranking, candidacies);
    }
}
