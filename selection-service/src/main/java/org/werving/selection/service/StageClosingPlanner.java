package org.werving.selection.service;

import org.werving.selection.model.Wording;
import org.werving.selection.model.StageVerdicts;
import org.werving.selection.model.StageRanking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.JuryMember;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.JuryMemberRepository;
import org.werving.selection.repository.MemberScoreRepository;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.chassis.problem.Problem.FieldError;
import org.werving.selection.model.StageRanking.Outcome;
import org.werving.selection.model.StageRanking.Participant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.werving.selection.config.SelectionConfig;

/**
 * What closing a stage decides, read from the stored scores and computed without writing: refuses a closed stage
 * or missing scores (409 naming each), ranks the participants and decides each with StageVerdicts.
 */
@ApplicationScoped
public class StageClosingPlanner {
    private final CandidacyRepository candidacies;
    private final JuryMemberRepository jury;
    private final MemberScoreRepository memberScores;
    private final StageScoreRepository stageScores;
    private final StageClosureRepository closures;
    private final ProcedureStages stages;
    private final SelectionConfig config;

    public StageClosingPlanner(CandidacyRepository candidacies, JuryMemberRepository jury, MemberScoreRepository memberScores, StageScoreRepository stageScores, StageClosureRepository closures, ProcedureStages stages, SelectionConfig config) {
        this.candidacies = candidacies;
        this.jury = jury;
        this.memberScores = memberScores;
        this.stageScores = stageScores;
        this.closures = closures;
        this.stages = stages;
        this.config = config;
    }

    /** One participant's decided outcome, not yet written. */
    public record Planned(Candidacy candidacy, Outcome outcome, StageVerdicts.StageVerdict verdict,
            Map<String, BigDecimal> profile) {
    }

    /**
     * What the closing of a stage decides, computed from the stored scores without changing anything.
     * {@code recorded}: the stage scores HR entered (updated in place by the real closing).
     */
    public record ClosingPlan(ProcedureStage found, boolean finalStage, TieRule rule, List<Candidacy> all, List<Outcome> outcomes,
            List<Planned> planned, Map<UUID, StageScore> recorded) {
        public List<StageClosingService.Result> results() {
            return planned.stream().map(p -> new StageClosingService.Result(p.outcome(), p.verdict().kind().name(),
                    p.verdict().motivation())).toList();
        }
    }

    /** Refuses a closed stage or missing scores, then ranks and decides every participant (no writes). */
    public Uni<ClosingPlan> plan(UUID vacancyId, int stageOrder) {
        return stages.find(vacancyId, stageOrder)
                .flatMap(found -> closures.find(vacancyId, stageOrder).flatMap(closure -> {
                    if (closure != null) {
                        throw ProblemException.conflict("stage-closed", found.stage().displayName()
                                + " was already closed by " + closure.closedBy + " at " + closure.closedAt);
                    }
                    return jury.ofStage(vacancyId, stageOrder);
                }).flatMap(members -> candidacies.listByVacancy(vacancyId).flatMap(all -> members.isEmpty()
                        ? planHrScored(found, all)
                        : memberScores.ofStage(vacancyId, stageOrder)
                                .map(scores -> planJuryScored(found, members, all, scores)))));
    }

    /**
     * A stage without a jury whose scores HR entered directly (a stage with a top-N: HR's score
     * waits for the closing, where the same ranking, cut and tie rule apply as for a jury).
     */
    private Uni<ClosingPlan> planHrScored(ProcedureStage found, List<Candidacy> all) {
        Stage stage = found.stage();
        List<Candidacy> participants = participants(all, stage);
        return stageScores.forApplications(participants.stream().map(c -> c.applicationId).toList()).map(list -> {
            Map<UUID, StageScore> recorded = list.stream().filter(s -> s.stageOrder == stage.order())
                    .collect(Collectors.toMap(s -> s.applicationId, s -> s));
            if (recorded.isEmpty()) {
                throw ProblemException.conflict("no-jury", stage.displayName()
                        + " has no jury and no scores entered by HR; assign a jury or enter the scores before closing");
            }
            List<FieldError> missing = notReady(all, stage);
            participants.stream().filter(c -> !recorded.containsKey(c.applicationId)).forEach(c -> missing.add(
                    new FieldError(c.applicationId.toString(), "no score entered by HR for " + stage.displayName())));
            refuseMissing(stage, missing);
            Map<UUID, BigDecimal> stageScoreOf = recorded.values().stream()
                    .collect(Collectors.toMap(s -> s.applicationId, s -> s.score));
            return decide(found, all, participants, stageScoreOf, Map.of(), null, recorded);
        });
    }

    /** The candidates who take part in the stage: in it now. */
    private static List<Candidacy> participants(List<Candidacy> all, Stage stage) {
        return all.stream().filter(c -> c.isInStage(stage.order())).toList();
    }

    /** Candidates whose earlier step is not done yet: the stage cannot close before it is. */
    private static List<FieldError> notReady(List<Candidacy> all, Stage stage) {
        List<FieldError> missing = new ArrayList<>();
        for (Candidacy c : all) {
            if (c.status == CandidacyStatus.AWAITING_CAPACITY_TEST || c.status == CandidacyStatus.AWAITING_VACANCY) {
                missing.add(new FieldError(c.applicationId.toString(), "is " + c.status
                        + ": the result must be in before " + stage.displayName() + " closes"));
            } else if (c.status == CandidacyStatus.IN_STAGE && c.currentStage != null && c.currentStage < stage.order()) {
                missing.add(new FieldError(c.applicationId.toString(), "is still in stage " + c.currentStage));
            }
        }
        return missing;
    }

    private static void refuseMissing(Stage stage, List<FieldError> missing) {
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "missing-scores", "The stage cannot close yet",
                    stage.displayName() + " cannot close: " + missing.size() + " score(s) or result(s) missing", missing);
        }
    }

    private ClosingPlan planJuryScored(ProcedureStage found, List<JuryMember> members, List<Candidacy> all,
            List<MemberScore> scores) {
        Stage stage = found.stage();
        List<String> memberNames = members.stream().map(m -> m.subject).toList();
        List<FieldError> missing = notReady(all, stage);
        List<Candidacy> participants = participants(all, stage);
        Map<UUID, List<MemberScore>> perCandidate = scores.stream()
                .collect(Collectors.groupingBy(s -> s.applicationId));
        Map<UUID, Map<String, Map<Stage.ScoreKey, BigDecimal>>> sheets = participants.stream().collect(Collectors
                .toMap(c -> c.applicationId, c -> StageRanking.byMember(perCandidate.getOrDefault(c.applicationId,
                        List.of()))));
        BigDecimal scale = BigDecimal.valueOf(stage.scaleOrDefault());
        for (Candidacy c : participants) {
            Map<String, Map<Stage.ScoreKey, BigDecimal>> given = sheets.get(c.applicationId);
            for (String member : memberNames) {
                for (Stage.ScoreKey key : stage.scoreSheet()) {
                    BigDecimal value = given.getOrDefault(member, Map.of()).get(key);
                    if (value == null) {
                        missing.add(new FieldError(c.applicationId.toString(),
                                "no score of " + member + " for " + key));
                    } else if (value.compareTo(scale) > 0) {
                        // the vacancy's amendment lowered the scale after this score was given
                        missing.add(new FieldError(c.applicationId.toString(), "the score of " + member + " for " + key
                                + " (" + Wording.number(value) + ") lies above the scale of " + scale
                                + "; record it again"));
                    }
                }
            }
        }
        refuseMissing(stage, missing);
        Map<UUID, BigDecimal> stageScoreOf = participants.stream().collect(Collectors.toMap(c -> c.applicationId,
                c -> StageRanking.stageScore(stage, memberNames, sheets.get(c.applicationId))));
        Map<UUID, Map<String, BigDecimal>> profiles = participants.stream().collect(Collectors.toMap(
                c -> c.applicationId, c -> StageRanking.competencyProfile(stage,
                        perCandidate.getOrDefault(c.applicationId, List.of()))));
        String scoredBy = StageVerdicts.juryScored(members.size(), members.stream().filter(m -> m.external).count());
        return decide(found, all, participants, stageScoreOf, profiles, scoredBy, Map.of());
    }

    /** Ranks the participants by their stage score and decides for each with the one {@link StageVerdicts}. */
    private ClosingPlan decide(ProcedureStage found, List<Candidacy> all, List<Candidacy> participants,
            Map<UUID, BigDecimal> stageScoreOf, Map<UUID, Map<String, BigDecimal>> profiles, String scoredBy,
            Map<UUID, StageScore> recorded) {
        Stage stage = found.stage();
        VacancyProcedure vacancy = found.vacancy();
        boolean finalStage = vacancy.procedure.isFinal(stage.order());
        Map<UUID, Candidacy> byId = participants.stream().collect(Collectors.toMap(c -> c.applicationId, c -> c));
        List<Participant> ranked = participants.stream().map(c -> new Participant(c.applicationId, c.appliedAt,
                stageScoreOf.get(c.applicationId))).toList();
        TieRule rule = stage.tieRuleOr(config.tieRule());
        List<Outcome> outcomes = StageRanking.close(stage, finalStage, ranked, rule);
        StageVerdicts.Context context = new StageVerdicts.Context(stage,
                finalStage ? null : vacancy.procedure.after(stage.order()).orElseThrow(), rule, scoredBy,
                StageRanking.cutScore(outcomes), outcomes.size());
        List<Planned> planned = outcomes.stream().map(o -> {
            Candidacy c = byId.get(o.participant().applicationId());
            Map<String, BigDecimal> profile = profiles.getOrDefault(c.applicationId, Map.of());
            return new Planned(c, o, StageVerdicts.of(context, o, profile), profile);
        }).toList();
        return new ClosingPlan(found, finalStage, rule, all, outcomes, planned, recorded);
    }
}
