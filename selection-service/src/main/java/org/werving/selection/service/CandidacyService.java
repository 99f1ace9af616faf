package org.werving.selection.service;

import org.werving.selection.model.Wording;
import org.werving.selection.model.StageVerdicts;
import org.werving.selection.model.StageRanking;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.CandidateEliminated;
import org.werving.selection.messaging.out.CapacityTestRecorded;
import org.werving.selection.messaging.out.ScreeningFailed;
import org.werving.selection.messaging.out.ScreeningPassed;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.Decision;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.model.Preselection;
import org.werving.selection.model.Procedure;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.DecisionRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.selection.repository.VacancyProcedureRepository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** HR's steps in a running procedure: the capacity test result and the stage scores. Each step and its events commit together. */
@ApplicationScoped
public class CandidacyService {
    public static final String CAPACITY_TEST_STAGE = "CAPACITY_TEST";

    private final CandidacyRepository candidacies;
    private final VacancyProcedureRepository vacancies;
    private final StageScoreRepository scores;
    private final DecisionRepository decisionLog;
    private final Decisions decisions;
    private final Outbox outbox;
    private final org.werving.selection.repository.JuryMemberRepository jury;
    private final org.werving.selection.repository.StageClosureRepository closures;
    private final SlotService slots;
    private final StageResults stageResults;

    public CandidacyService(CandidacyRepository candidacies, VacancyProcedureRepository vacancies,
            StageScoreRepository scores, DecisionRepository decisionLog, Decisions decisions, Outbox outbox,
            org.werving.selection.repository.JuryMemberRepository jury,
            org.werving.selection.repository.StageClosureRepository closures, SlotService slots,
            StageResults stageResults) {
        this.slots = slots;
        this.stageResults = stageResults;
        this.jury = jury;
        this.closures = closures;
        this.candidacies = candidacies;
        this.vacancies = vacancies;
        this.scores = scores;
        this.decisionLog = decisionLog;
        this.decisions = decisions;
        this.outbox = outbox;
    }

    /** A candidacy with everything the HR view shows. */
    public record Details(Candidacy candidacy, VacancyProcedure vacancy, List<StageScore> scores,
            List<Decision> decisions) {
    }

    /** The candidacies of one procedure, each with its scores. */
    public record ProcedureCandidacies(List<Candidacy> candidacies, Map<UUID, List<StageScore>> scores) {
    }

    @WithSession
    public Uni<Details> details(UUID applicationId) {
        return find(applicationId).flatMap(this::details);
    }

    @WithSession
    public Uni<ProcedureCandidacies> ofProcedure(UUID vacancyId) {
        return candidacies.listByVacancy(vacancyId).flatMap(list -> {
            if (list.isEmpty()) {
                return vacancies.findById(vacancyId).map(vacancy -> {
                    if (vacancy == null) {
                        throw ProblemException.notFound("procedure", vacancyId);
                    }
                    return new ProcedureCandidacies(List.of(), Map.of());
                });
            }
            return scores.forApplications(list.stream().map(c -> c.applicationId).toList())
                    .map(all -> new ProcedureCandidacies(list,
                            all.stream().collect(Collectors.groupingBy(s -> s.applicationId))));
        });
    }

    @WithTransaction
    public Uni<Details> recordCapacityTest(UUID applicationId, boolean passed, BigDecimal score,
            java.time.LocalDate takenOn, String provider, String actor) {
        return find(applicationId).flatMap(candidacy -> {
            if (candidacy.status != CandidacyStatus.AWAITING_CAPACITY_TEST) {
                throw ProblemException.conflict("candidacy-status", "candidacy " + applicationId + " is "
                        + candidacy.status + "; a capacity test result is only recorded while AWAITING_CAPACITY_TEST");
            }
            return vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> {
                candidacy.capacityTestPassed = passed;
                candidacy.capacityTestScore = score;
                candidacy.capacityTestDate = takenOn;
                candidacy.capacityTestProvider = provider;
                String result = "Niveau- en capaciteitstest " + (passed ? "geslaagd" : "niet geslaagd")
                        + (score == null ? "" : " (score " + Wording.number(score) + "/100)")
                        + (takenOn == null ? "" : " op " + takenOn)
                        + (provider == null || provider.isBlank() ? "" : " bij " + provider);
                Uni<Void> decided;
                if (passed) {
                    CandidacyStatus next = ScreeningService.enterFirstStage(candidacy, vacancy.procedure);
                    decided = decisions.decide(candidacy, DecisionKind.CAPACITY_TEST_PASSED, next,
                            result + ". " + ScreeningService.nextStep(candidacy, vacancy.procedure), actor);
                } else {
                    String motivation = result + ".";
                    decided = decisions.decide(candidacy, DecisionKind.CAPACITY_TEST_FAILED, CandidacyStatus.ELIMINATED,
                                    motivation, actor)
                            .flatMap(ignored -> record(candidacy, "CandidateEliminated",
                                    new CandidateEliminated(candidacy.applicationId,
                                            candidacy.vacancyId, CAPACITY_TEST_STAGE, motivation, "CAPACITY_TEST")));
                }
                return record(candidacy, "CapacityTestRecorded", new CapacityTestRecorded(
                                candidacy.applicationId, candidacy.vacancyId, passed, score, takenOn, provider))
                        .flatMap(ignored -> decided)
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> details(candidacy, vacancy));
            });
        });
    }

    @WithTransaction
    public Uni<Details> scoreStage(UUID applicationId, int stageOrder, BigDecimal score, String actor) {
        return find(applicationId).flatMap(candidacy -> closures.find(candidacy.vacancyId, stageOrder)
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
            if (candidacy.status != CandidacyStatus.IN_STAGE || candidacy.currentStage == null
                    || candidacy.currentStage != stageOrder) {
                throw notCurrent(candidacy, stageOrder);
            }
            return scores.forApplication(candidacy.applicationId).flatMap(earlier -> {
                StageScore scored = earlier.stream().filter(x -> x.stageOrder == stageOrder).findFirst()
                        .orElseGet(() -> newScore(candidacy, stageOrder));
                boolean finalStage = procedure.isFinal(stageOrder);
                scored.stageType = stage.type();
                scored.stageName = stage.displayName();
                scored.score = score;
                scored.passMark = stage.passMark();
                scored.passed = score.compareTo(BigDecimal.valueOf(stage.passMark())) >= 0;
                scored.scoredAt = OffsetDateTime.now(ZoneOffset.UTC);
                // a score entered earlier for this stage (a top-N stage not yet closed) is corrected in place
                Uni<?> saved = earlier.contains(scored) ? Uni.createFrom().item(scored) : scores.persist(scored);
                if (stage.topN() != null) {
                    // a top-N ranks the whole stage: the result waits for the closing, as with a jury
                    return saved.flatMap(ignored -> candidacies.flush()).flatMap(ignored -> details(candidacy, vacancy));
                }
                // one candidate and no top-N: the tie rule plays no part, the pass mark alone decides
                TieRule rule = stage.tieRuleOr(TieRule.INCLUDE_ALL_TIED);
                Stage next = finalStage ? null : procedure.after(stageOrder).orElseThrow();
                StageRanking.Outcome outcome = StageRanking.close(stage, finalStage, List.of(new StageRanking
                        .Participant(candidacy.applicationId, candidacy.appliedAt, score)), rule).get(0);
                StageVerdicts.StageVerdict verdict = StageVerdicts.of(new StageVerdicts.Context(stage, next, rule,
                        null, null, 0), outcome, Map.of());
                if (verdict.meaning() == StageVerdicts.Meaning.GOES_ON) {
                    candidacy.currentStage = next.order();
                }
                return saved.flatMap(ignored -> stageResults.publish(candidacy, stage, finalStage, score,
                                scored.passed, Map.of(), verdict, actor))
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> details(candidacy, vacancy));
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

    /**
     * HR overrides the automatic screening outcome (e.g. after the preselection on relevant experience
     * and motivation): admit a refused candidate, or refuse an admitted one who has not been scored yet.
     * The written motivation is mandatory and stored with who decided and when.
     */
    @WithTransaction
    public Uni<Details> overrideScreening(UUID applicationId, boolean admit, boolean capacityTestRequired,
            String motivationText, String actor) {
        return find(applicationId).flatMap(candidacy -> vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> {
            if (vacancy == null) {
                throw ProblemException.conflict("candidacy-status", "candidacy " + applicationId + " is "
                        + candidacy.status + "; it has not been screened yet");
            }
            CandidacyStatus before = candidacy.status;
            boolean admitted = admittedBeforeTheFirstStageEnds(candidacy, vacancy);
            return scores.forApplication(applicationId).flatMap(existing -> {
                boolean untouched = admitted && existing.isEmpty();
                if (admit && before != CandidacyStatus.NOT_ADMITTED) {
                    throw ProblemException.conflict("candidacy-status", "candidacy " + applicationId + " is " + before
                            + "; only a NOT_ADMITTED candidacy can be admitted by an override");
                }
                if (!admit && !untouched) {
                    throw ProblemException.conflict("candidacy-status", "candidacy " + applicationId + " is " + before
                            + (existing.isEmpty() ? "" : " with stage scores")
                            + "; only an admitted candidacy without scores can be refused by an override");
                }
                String automatic = candidacy.screening == null ? "geen" : candidacy.screening.motivation();
                String motivation = "Beslissing van HR na de preselectie, in afwijking van de automatische screening ("
                        + automatic + "): " + (admit ? "toegelaten" : "niet toegelaten")
                        + (admit && capacityTestRequired ? " onder voorbehoud van slagen voor de niveau- en capaciteitstest"
                                : "")
                        + ". Motivering: " + motivationText.trim();
                Uni<Void> event;
                CandidacyStatus next;
                if (admit) {
                    candidacy.capacityTestRequired = capacityTestRequired;
                    next = capacityTestRequired ? CandidacyStatus.AWAITING_CAPACITY_TEST
                            : ScreeningService.enterFirstStage(candidacy, vacancy.procedure);
                    event = record(candidacy, "ScreeningPassed", new ScreeningPassed(
                            candidacy.applicationId, candidacy.vacancyId, capacityTestRequired, "HR-beslissing",
                            motivation));
                } else {
                    Integer booked = candidacy.currentStage; // null while awaiting the capacity test
                    candidacy.currentStage = null;
                    candidacy.capacityTestRequired = false;
                    next = CandidacyStatus.NOT_ADMITTED;
                    event = slots.release(applicationId, booked, actor, "niet toegelaten door HR")
                            .flatMap(ignored -> record(candidacy, "ScreeningFailed", new ScreeningFailed(
                                    candidacy.applicationId, candidacy.vacancyId, motivation,
                                    List.of(motivationText.trim()))));
                }
                return decisions.decide(candidacy, DecisionKind.SCREENING_OVERRIDDEN, next, motivation, actor)
                        .flatMap(ignored -> event)
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> details(candidacy, vacancy));
            });
        }));
    }

    /**
     * HR's preselection of an automatically admitted candidate on relevant experience and motivation, before
     * any stage score: retained (the candidacy goes on unchanged) or not retained (NOT_ADMITTED, a booked
     * seat is freed, ScreeningFailed with the motivation). Recorded once, with who and when; an override
     * can still admit a candidate who was not retained.
     */
    @WithTransaction
    public Uni<Details> preselect(UUID applicationId, boolean retained, String motivationText, String actor) {
        return find(applicationId).flatMap(candidacy -> vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> {
            if (candidacy.preselection != null) {
                throw ProblemException.conflict("already-preselected", "candidacy " + applicationId
                        + " was already preselected: " + candidacy.preselection);
            }
            CandidacyStatus before = candidacy.status;
            boolean admitted = admittedBeforeTheFirstStageEnds(candidacy, vacancy);
            return scores.forApplication(applicationId).flatMap(existing -> {
                if (!admitted || !existing.isEmpty()) {
                    throw ProblemException.conflict("candidacy-status", "candidacy " + applicationId + " is " + before
                            + (existing.isEmpty() ? "" : " with stage scores")
                            + "; only an admitted candidacy without scores can be preselected");
                }
                String text = motivationText.trim();
                if (retained) {
                    candidacy.preselection = Preselection.RETAINED;
                    String motivation = "Weerhouden na de preselectie op relevante ervaring en motivatie. Motivering: "
                            + text;
                    return decisions.decide(candidacy, DecisionKind.PRESELECTION_RETAINED, before, motivation, actor)
                            .flatMap(ignored -> candidacies.flush())
                            .flatMap(ignored -> details(candidacy, vacancy));
                }
                candidacy.preselection = Preselection.NOT_RETAINED;
                String motivation = "Niet weerhouden na de preselectie op relevante ervaring en motivatie. Motivering: "
                        + text;
                Integer booked = candidacy.currentStage; // null while awaiting the capacity test
                candidacy.currentStage = null;
                candidacy.capacityTestRequired = false;
                return slots.release(applicationId, booked, actor, "niet weerhouden na de preselectie")
                        .flatMap(ignored -> decisions.decide(candidacy, DecisionKind.PRESELECTION_NOT_RETAINED,
                                CandidacyStatus.NOT_ADMITTED, motivation, actor))
                        .flatMap(ignored -> record(candidacy, "ScreeningFailed", new ScreeningFailed(
                                candidacy.applicationId, candidacy.vacancyId, motivation, List.of(text))))
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> details(candidacy, vacancy));
            });
        }));
    }

    /**
     * Admitted and not yet past the first stage: awaiting the capacity test, or in the first stage. Together with
     * "no stage score yet" this is when HR's preselection and an override's refusal may still end a candidacy.
     */
    private static boolean admittedBeforeTheFirstStageEnds(Candidacy candidacy, VacancyProcedure vacancy) {
        return vacancy != null && (candidacy.status == CandidacyStatus.AWAITING_CAPACITY_TEST
                || (candidacy.status == CandidacyStatus.IN_STAGE && candidacy.currentStage != null
                        && vacancy.procedure.first().map(f -> f.order() == candidacy.currentStage).orElse(false)));
    }

    private static ProblemException notCurrent(Candidacy candidacy, int stageOrder) {
        String where = candidacy.status == CandidacyStatus.IN_STAGE ? "IN_STAGE at stage " + candidacy.currentStage
                : candidacy.status.toString();
        return ProblemException.conflict("stage-not-current", "candidacy " + candidacy.applicationId + " is " + where
                + "; only the candidate's current stage can be scored, not stage " + stageOrder);
    }

    private Uni<Void> record(Candidacy candidacy, String type, Object payload) {
        return outbox.record(Aggregates.CANDIDACY, candidacy.applicationId, type, payload);
    }

    private Uni<Candidacy> find(UUID applicationId) {
        return candidacies.findById(applicationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("candidacy", applicationId));
    }

    private Uni<Details> details(Candidacy candidacy) {
        return vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> details(candidacy, vacancy));
    }

    private Uni<Details> details(Candidacy candidacy, VacancyProcedure vacancy) {
        return scores.forApplication(candidacy.applicationId)
                .flatMap(stageScores -> decisionLog.forApplication(candidacy.applicationId)
                        .map(trail -> new Details(candidacy, vacancy, stageScores, trail)));
    }

}
