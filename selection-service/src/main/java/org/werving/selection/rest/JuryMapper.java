package org.werving.selection.rest;

import static org.werving.selection.model.Wording.plain;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.Decision;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.StageScore;
import org.werving.selection.rest.CandidacyViews;
import org.werving.selection.rest.ReportView;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.StageRanking;
import org.werving.selection.model.Wording;
import org.werving.selection.model.Stage;
import org.werving.selection.rest.JuryViews;
import org.werving.selection.rest.JuryViews.ClosedStageView;
import org.werving.selection.rest.JuryViews.JuryView;
import org.werving.selection.rest.JuryViews.MemberScoreView;
import org.werving.selection.rest.JuryViews.MemberView;
import org.werving.selection.rest.JuryViews.RankView;
import org.werving.selection.rest.JuryViews.ScoreSheetView;
import org.werving.selection.rest.JuryViews.SheetCellView;
import org.werving.selection.rest.JuryViews.StageCandidaciesView;
import org.werving.selection.rest.JuryViews.StageCandidacyView;
import org.werving.selection.rest.JuryViews.StageResultView;
import org.werving.selection.service.JuryAssignmentService;
import org.werving.selection.service.JuryScoringService;
import org.werving.selection.service.ProcedureReportService;
import org.werving.selection.service.StageClosingService;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JuryMapper {

    public JuryView toView(JuryAssignmentService.Jury jury) {
        Stage stage = jury.stage();
        return new JuryView(jury.vacancyId(), stage.order(), stage.displayName(), stage.scaleOrDefault(),
                stage.componentsOrDefault().stream().map(Stage.Component::name).toList(), sheet(stage),
                stage.requiresExternalMember(),
                jury.members().stream().map(m -> new MemberView(m.subject, m.external, m.assignedBy, m.assignedAt))
                        .toList(),
                jury.closure() != null);
    }

    /** A member's score, labelled where the stage is not at hand ("hele proef" for the default component alone). */
    public MemberScoreView toView(MemberScore s) {
        return toView(s, null);
    }

    /** A member's score, labelled as its stage names the cell ({@link Stage#cellLabel(Stage, String, String)}). */
    public MemberScoreView toView(MemberScore s, Stage stage) {
        String label = Stage.cellLabel(stage, s.component, s.competency);
        return new MemberScoreView(s.applicationId, s.stageOrder, s.member, s.component, s.competency, plain(s.score),
                s.recordedBy, s.scoredAt, label);
    }

    public ScoreSheetView toView(JuryScoringService.ScoreSheet sheet) {
        List<SheetCellView> missing = cells(sheet.stage(), sheet.missing());
        return new ScoreSheetView(sheet.applicationId(), sheet.stage().order(), sheet.member(),
                sheet.scores().stream().map(s -> toView(s, sheet.stage())).toList(), missing, missing.isEmpty());
    }

    public JuryViews.AuditEntryView toView(ProcedureReportService.AuditLine line) {
        return new JuryViews.AuditEntryView(line.at(), line.action(), line.stageOrder(), line.applicationId(),
                line.actor(), line.detail());
    }

    private static Stage stageOf(List<Stage> procedure, int order) {
        return procedure.stream().filter(st -> st.order() == order).findFirst().orElse(null);
    }

    static List<SheetCellView> sheet(Stage stage) {
        return cells(stage, stage.scoreSheet());
    }

    private static List<SheetCellView> cells(Stage stage, List<Stage.ScoreKey> keys) {
        return keys.stream().map(k -> new SheetCellView(k.component(), k.competency(), stage.componentsOrDefault()
                .stream().filter(c -> c.name().equals(k.component())).findFirst().map(Stage.Component::weightOrOne)
                .orElse(1), stage.cellLabel(k.component(), k.competency()))).toList();
    }

    public StageCandidaciesView toView(JuryAssignmentService.StageCandidacies stage) {
        return new StageCandidaciesView(stage.vacancyId(), stage.stage().order(), stage.stage().displayName(),
                stage.closure() != null,
                stage.candidacies().stream().map(c -> new StageCandidacyView(c.applicationId, c.status, c.currentStage,
                        stage.scores().getOrDefault(c.applicationId, List.of()).stream()
                                .map(s -> toView(s, stage.stage())).toList()))
                        .toList());
    }

    public ClosedStageView toView(StageClosingService.ClosedStage closed) {
        Stage stage = closed.stage();
        return new ClosedStageView(closed.vacancyId(), stage.order(), stage.displayName(), stage.passMark(),
                stage.topN(), closed.tieRule().name(), closed.finalStage(),
                closed.closure() == null ? null : closed.closure().closedBy,
                closed.closure() == null ? null : closed.closure().closedAt,
                closed.results().stream().map(r -> new StageResultView(r.outcome().participant().applicationId(),
                        plain(r.outcome().participant().score()), r.outcome().rank(), r.outcome().passed(),
                        r.outcome().verdict().name(), r.decision(), r.motivation())).toList(),
                closed.ranking().stream().map(o -> new RankView(o.participant().applicationId(), o.rank(),
                        plain(o.participant().score()),
                        closed.reserveTypes().get(o.participant().applicationId()))).toList());
    }

    public ReportView toView(ProcedureReportService.Report r) {
        Map<UUID, List<StageScore>> scores = r.scores().stream().collect(Collectors.groupingBy(s -> s.applicationId));
        Map<UUID, List<MemberScore>> members = r.memberScores().stream()
                .collect(Collectors.groupingBy(s -> s.applicationId));
        Map<UUID, List<Decision>> trail = r.decisions().stream().collect(Collectors.groupingBy(d -> d.applicationId));
        Map<UUID, String> reserveTypes = r.candidacies().stream().collect(Collectors.toMap(c -> c.applicationId,
                org.werving.selection.model.Candidacy::reserveType));
        List<Stage> procedure = r.vacancy().procedure.stages();
        var stages = procedure.stream().map(stage -> {
            var closure = r.closures().stream().filter(c -> c.stageOrder == stage.order()).findFirst().orElse(null);
            return new ReportView.StageReport(stage.order(), stage.type(), stage.displayName(), stage.eliminating(),
                    stage.passMark(), stage.topN(),
                    r.jury().stream().filter(m -> m.stageOrder == stage.order())
                            .map(m -> new MemberView(m.subject, m.external, m.assignedBy, m.assignedAt)).toList(),
                    closure == null ? null : closure.closedBy, closure == null ? null : closure.closedAt,
                    closure == null ? null : closure.tieRule,
                    closure == null ? null : Wording.tieRule(TieRule.valueOf(closure.tieRule)));
        }).toList();
        var ranking = r.ranking().stream().map(o -> new RankView(o.participant().applicationId(), o.rank(),
                plain(o.participant().score()),
                reserveTypes.get(o.participant().applicationId())))
                .toList();
        var candidacies = r.candidacies().stream().map(c -> {
            List<MemberScore> given = members.getOrDefault(c.applicationId, List.of());
            List<ReportView.CompetencyView> profile = procedure.stream()
                    .flatMap(stage -> StageRanking.competencyProfile(stage, given.stream()
                                    .filter(s -> s.stageOrder == stage.order()).toList()).entrySet().stream()
                            .map(e -> new ReportView.CompetencyView(stage.order(), e.getKey(), plain(e.getValue()))))
                    .toList();
            return new ReportView.CandidacyReport(c.applicationId, c.internal, c.status,
                    c.screening == null ? null : c.screening.alternative(),
                    c.capacityTestPassed == null ? null : new CandidacyViews.CapacityTestView(c.capacityTestPassed,
                            plain(c.capacityTestScore), c.capacityTestDate, c.capacityTestProvider),
                    scores.getOrDefault(c.applicationId, List.of()).stream()
                            .sorted(Comparator.comparingInt(s -> s.stageOrder))
                            .map(s -> new CandidacyViews.ScoreView(s.stageOrder, s.stageType, s.stageName,
                                    plain(s.score), s.passMark, s.passed, s.rank, s.scoredAt)).toList(),
                    profile,
                    given.stream().map(s -> toView(s, stageOf(procedure, s.stageOrder))).toList(),
                    trail.getOrDefault(c.applicationId, List.of()).stream()
                            .map(d -> new CandidacyViews.DecisionView(d.at, d.kind, d.status, d.motivation,
                                    d.decidedBy)).toList());
        }).toList();
        return new ReportView(r.vacancy().vacancyId, r.vacancy().reference, r.vacancy().title, r.tieRule().name(),
                Wording.tieRule(r.tieRule()), stages, ranking, candidacies);
    }
}
