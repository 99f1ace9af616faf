package org.werving.selection.service;

import org.werving.selection.model.Wording;
import org.werving.selection.model.StageVerdicts;
import org.werving.selection.model.StageRanking;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.reactive.Steps;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.Laureate;
import org.werving.selection.messaging.out.SelectionCompleted;
import org.werving.selection.model.Candidacy;
import org.werving.selection.service.StageClosingPlanner.ClosingPlan;
import org.werving.selection.service.StageClosingPlanner.Planned;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageClosure;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.selection.repository.VacancyProcedureRepository;
import org.werving.selection.model.StageRanking.Outcome;
import org.werving.selection.model.StageRanking.Participant;
import org.werving.selection.model.StageRanking.Verdict;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.werving.selection.config.SelectionConfig;

/**
 * Closing a stage, and its preview: the planner decides (pass mark, top-N, tie rule, one StageVerdicts for all),
 * the closing writes the scores, decisions, events, closure and audit line and after the last stage publishes the
 * final ranking (SelectionCompleted); the preview writes nothing.
 */
@ApplicationScoped
public class StageClosingService {
    private final VacancyProcedureRepository vacancies;
    private final CandidacyRepository candidacies;
    private final StageScoreRepository stageScores;
    private final StageClosureRepository closures;
    private final StageClosingPlanner planner;
    private final StageResults stageResults;
    private final Outbox outbox;
    private final ProcedureAuditLog audit;
    private final SelectionConfig config;

    public StageClosingService(VacancyProcedureRepository vacancies, CandidacyRepository candidacies, StageScoreRepository stageScores, StageClosureRepository closures, StageClosingPlanner planner, StageResults stageResults, Outbox outbox, ProcedureAuditLog audit, SelectionConfig config) {
        this.vacancies = vacancies;
        this.candidacies = candidacies;
        this.stageScores = stageScores;
        this.closures = closures;
        this.planner = planner;
        this.stageResults = stageResults;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
    }

    /** A closed (or previewed: no closure) stage: each participant's result and, after the last stage, the ranking. */
    public record ClosedStage(UUID vacancyId, Stage stage, boolean finalStage, TieRule tieRule, StageClosure closure,
            List<Result> results, List<Outcome> ranking, Map<UUID, String> reserveTypes) {
    }

    public record Result(Outcome outcome, String decision, String motivation) {
    }

    @WithTransaction
    public Uni<ClosedStage> close(UUID vacancyId, int stageOrder, String actor) {
        return vacancies.lockForUpdate(vacancyId)
                .flatMap(locked -> planner.plan(vacancyId, stageOrder))
                .flatMap(plan -> settle(plan, actor));
    }

    /**
     * What closing the stage now would decide, with the same checks and the same verdicts as {@link #close},
     * without writing anything: no score, decision, event, audit line or closure.
     */
    @WithSession
    public Uni<ClosedStage> preview(UUID vacancyId, int stageOrder) {
        return planner.plan(vacancyId, stageOrder).flatMap(plan -> previewRanking(plan).map(ranking -> new ClosedStage(
                plan.found().vacancy().vacancyId, plan.found().stage(), plan.finalStage(), plan.rule(), null,
                plan.results(), ranking, reserveTypes(plan.all()))));
    }

    /**
     * Writes what the plan decided: the stage scores, decisions and events, the closure and its audit line,
     * and after the last stage completes the procedure.
     */
    private Uni<ClosedStage> settle(ClosingPlan plan, String actor) {
        Stage stage = plan.found().stage();
        VacancyProcedure vacancy = plan.found().vacancy();
        boolean finalStage = plan.finalStage();
        TieRule rule = plan.rule();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<java.util.function.Supplier<Uni<?>>> steps = new ArrayList<>();
        for (Planned p : plan.planned()) {
            Candidacy c = p.candidacy();
            Outcome o = p.outcome();
            StageVerdicts.StageVerdict verdict = p.verdict();
            if (verdict.meaning() == StageVerdicts.Meaning.GOES_ON) {
                c.goOnTo(vacancy.procedure.after(stage.order()).orElseThrow().order());
            }
            StageScore stageScore = plan.recorded().getOrDefault(c.applicationId, new StageScore());
            boolean isNew = stageScore.id == null;
            if (isNew) {
                stageScore.id = UUID.randomUUID();
                stageScore.applicationId = c.applicationId;
                stageScore.stageOrder = stage.order();
                stageScore.scoredAt = now;
            }
            stageScore.record(stage, o.participant().score(), o.passed(), o.rank());
            Uni<?> saved = isNew ? stageScores.persist(stageScore) : Uni.createFrom().item(stageScore);
            steps.add(() -> saved.flatMap(x -> stageResults.publish(c, stage, finalStage, o.participant().score(),
                    o.passed(), p.profile(), verdict, actor)));
        }
        List<Outcome> outcomes = plan.outcomes();
        StageClosure closure = new StageClosure();
        closure.vacancyId = vacancy.vacancyId;
        closure.stageOrder = stage.order();
        closure.closedBy = actor;
        closure.closedAt = now;
        closure.tieRule = rule.name();
        long goingOn = outcomes.stream().filter(o -> o.verdict() == Verdict.GOES_ON).count();
        String closed = stage.displayName() + " afgesloten: " + outcomes.size() + " kandidaten, " + goingOn
                + (finalStage ? " geslaagd" : " gaan door") + ", " + (outcomes.size() - goingOn) + " uitgeschakeld"
                + "; cesuur " + stage.passMark() + "/100" + (stage.topN() == null ? "" : "; top " + stage.topN())
                + "; " + Wording.tieRule(rule);
        return Steps.run(steps).flatMap(x -> closures.persist(closure))
                .flatMap(x -> audit.record(vacancy.vacancyId, stage.order(), null, ProcedureAuditLog.STAGE_CLOSED,
                        actor, closed))
                .flatMap(x -> candidacies.flush())
                .flatMap(x -> finalStage ? complete(vacancy, stage, now) : Uni.createFrom().item(List.<Outcome>of()))
                .flatMap(ranking -> candidacies.listByVacancy(vacancy.vacancyId).map(list -> new ClosedStage(
                        vacancy.vacancyId, stage, finalStage, rule, closure, plan.results(), ranking,
                        reserveTypes(list))));
    }

    private static Map<UUID, String> reserveTypes(List<Candidacy> all) {
        return all.stream().collect(Collectors.toMap(c -> c.applicationId, Candidacy::reserveType));
    }

    /**
     * The final ranking the closing of the last stage would publish: the laureates so far with their final
     * stage score, and the participants who would pass now with the score they would get.
     */
    private Uni<List<Outcome>> previewRanking(ClosingPlan plan) {
        if (!plan.finalStage()) {
            return Uni.createFrom().item(List.of());
        }
        int last = plan.found().stage().order();
        Map<UUID, BigDecimal> passing = new java.util.HashMap<>();
        plan.planned().stream().filter(p -> p.verdict().meaning() == StageVerdicts.Meaning.PASSED_SELECTION)
                .forEach(p -> passing.put(p.candidacy().applicationId, p.outcome().participant().score()));
        Set<UUID> deciding = plan.planned().stream().map(p -> p.candidacy().applicationId).collect(Collectors.toSet());
        List<Candidacy> earlier = plan.all().stream()
                .filter(c -> c.status == CandidacyStatus.PASSED && !deciding.contains(c.applicationId)).toList();
        return stageScores.forApplications(earlier.stream().map(c -> c.applicationId).toList()).map(scores -> {
            Map<UUID, BigDecimal> finals = scores.stream().filter(s -> s.stageOrder == last)
                    .collect(Collectors.toMap(s -> s.applicationId, s -> s.score, (a, b) -> a));
            finals.putAll(passing);
            List<Participant> laureates = plan.all().stream().filter(c -> finals.containsKey(c.applicationId))
                    .map(c -> new Participant(c.applicationId, c.appliedAt, finals.get(c.applicationId))).toList();
            return StageRanking.finalRanking(laureates, plan.rule());
        });
    }

    /** After the last stage: the final ranking of every laureate, published as SelectionCompleted. */
    private Uni<List<Outcome>> complete(VacancyProcedure vacancy, Stage last, OffsetDateTime now) {
        return candidacies.listByVacancy(vacancy.vacancyId).flatMap(all -> {
            List<Candidacy> laureates = all.stream().filter(c -> c.status == CandidacyStatus.PASSED).toList();
            return stageScores.forApplications(laureates.stream().map(c -> c.applicationId).toList()).flatMap(scores -> {
                Map<UUID, BigDecimal> finalScores = scores.stream().filter(s -> s.stageOrder == last.order())
                        .collect(Collectors.toMap(s -> s.applicationId, s -> s.score, (a, b) -> a));
                Map<UUID, Candidacy> byId = laureates.stream().collect(Collectors.toMap(c -> c.applicationId, c -> c));
                List<Outcome> ranking = StageRanking.finalRanking(laureates.stream()
                        .filter(c -> finalScores.containsKey(c.applicationId))
                        .map(c -> new Participant(c.applicationId, c.appliedAt, finalScores.get(c.applicationId)))
                        .toList(), last.tieRuleOr(config.tieRule()));
                List<Laureate> list = ranking.stream().map(o -> {
                    Candidacy c = byId.get(o.participant().applicationId());
                    return new Laureate(c.applicationId, o.rank(), o.participant().score(), c.internal,
                            c.reserveType());
                }).toList();
                return outbox.record(Aggregates.PROCEDURE, vacancy.vacancyId, "SelectionCompleted",
                        new SelectionCompleted(vacancy.vacancyId, last.tieRuleOr(config.tieRule()).name(), now, list))
                        .map(x -> ranking);
            });
        });
    }
}
