package org.werving.selection.service;

import org.werving.selection.model.StageVerdicts;
import org.werving.selection.model.StageRanking;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.Procedure;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.TieRule;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.selection.repository.VacancyProcedureRepository;
import org.werving.selection.repository.JuryMemberRepository;
import org.werving.selection.repository.StageClosureRepository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR's direct score of a candidate in a stage without a jury: without a top-N the pass mark decides at once
 * (the one StageVerdicts), with a top-N the score waits for the stage's closing.
 */
@ApplicationScoped
public class StageScoringService {
    private final CandidacyQueries queries;
    private final CandidacyRepository candidacies;
    private final VacancyProcedureRepository vacancies;
    private final StageScoreRepository scores;
    private final JuryMemberRepository jury;
    private final StageClosureRepository closures;
    private final StageResults stageResults;

    public StageScoringService(CandidacyQueries queries, CandidacyRepository candidacies, VacancyProcedureRepository vacancies, StageScoreRepository scores, JuryMemberRepository jury, StageClosureRepository closures, StageResults stageResults) {
        this.queries = queries;
        this.candidacies = candidacies;
        this.vacancies = vacancies;
        this.scores = scores;
        this.jury = jury;
        this.closures = closures;
        this.stageResults = stageResults;
    }

    @WithTransaction
    public Uni<CandidacyQueries.Details> scoreStage(UUID applicationId, int stageOrder, BigDecimal score, String actor) {
        return queries.find(applicationId).flatMap(candidacy -> closures.find(candidacy.vacancyId, stageOrder)
                .flatMap(closure -> {
                    if (closure != null) {
                        throw ProblemException.conflict("stage-closed", "stage " + stageOrder + " is closed; its scores are final");
                    }
                    return jury.ofStage(candidacy.vacancyId, stageOrder);
                }).flatMap(members -> {
                    if (!members.isEmpty()) {
                        throw ProblemException.conflict("stage-scored-by-jury", "stage " + stageOrder
                                + " has a jury: its members score (jury-scores) and HR closes the stage");
                    }
                    return vacancies.findById(candidacy.vacancyId);
                }).flatMap(vacancy -> {
            if (vacancy == null) {
                throw notCurrent(candidacy, stageOrder);
            }
            Procedure procedure = vacancy.procedure;
            Stage stage = procedure.stage(stageOrder).orElseThrow(() -> new ProblemException(404, "not-found",
                    "stage not found", "the procedure of vacancy " + vacancy.vacancyId + " has no stage " + stageOrder));
            if (!candidacy.isInStage(stageOrder)) {
                throw notCurrent(candidacy, stageOrder);
            }
            return scores.forApplication(candidacy.applicationId).flatMap(earlier -> {
                StageScore scored = earlier.stream().filter(x -> x.stageOrder == stageOrder).findFirst()
                        .orElseGet(() -> newScore(candidacy, stageOrder));
                boolean finalStage = procedure.isFinal(stageOrder);
                scored.record(stage, score, StageRanking.passes(stage, score), scored.rank);
                scored.scoredAt = OffsetDateTime.now(ZoneOffset.UTC);
                // a score entered earlier for this stage (a top-N stage not yet closed) is corrected in place
                Uni<?> saved = earlier.contains(scored) ? Uni.createFrom().item(scored) : scores.persist(scored);
                if (stage.topN() != null) {
                    // a top-N ranks the whole stage: the result waits for the closing, as with a jury
                    return saved.flatMap(ignored -> candidacies.flush()).flatMap(ignored -> queries.details(candidacy, vacancy));
                }
                // one candidate and no top-N: the tie rule plays no part, the pass mark alone decides
                TieRule rule = stage.tieRuleOr(TieRule.INCLUDE_ALL_TIED);
                Stage next = finalStage ? null : procedure.after(stageOrder).orElseThrow();
                StageRanking.Outcome outcome = StageRanking.close(stage, finalStage, List.of(new StageRanking
                        .Participant(candidacy.applicationId, candidacy.appliedAt, score)), rule).get(0);
                StageVerdicts.StageVerdict verdict = StageVerdicts.of(new StageVerdicts.Context(stage, next, rule,
                        null, null, 0), outcome, Map.of());
                if (verdict.meaning() == StageVerdicts.Meaning.GOES_ON) {
                    candidacy.goOnTo(next.order());
                }
                return saved.flatMap(ignored -> stageResults.publish(candidacy, stage, finalStage, score,
                                scored.passed, Map.of(), verdict, actor))
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> queries.details(candidacy, vacancy));
            });
        }));
    }

    private static StageScore newScore(Candidacy candidacy, int stageOrder) {
        StageScore scored = new StageScore();
        scored.id = UUID.randomUUID();
        scored.applicationId = candidacy.applicationId;
        scored.stageOrder = stageOrder;
        return scored;
    }

    private static ProblemException notCurrent(Candidacy candidacy, int stageOrder) {
        String where = candidacy.status == CandidacyStatus.IN_STAGE ? "IN_STAGE at stage " + candidacy.currentStage
                : candidacy.status.toString();
        return ProblemException.conflict("stage-not-current", "candidacy " + candidacy.applicationId + " is " + where
                + "; only the candidate's current stage can be scored, not stage " + stageOrder);
    }
}
