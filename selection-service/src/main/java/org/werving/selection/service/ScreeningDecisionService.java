package org.werving.selection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.ScreeningFailed;
import org.werving.selection.messaging.out.ScreeningPassed;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.model.Preselection;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.selection.repository.VacancyProcedureRepository;

import java.util.List;
import java.util.UUID;

/**
 * HR's decisions on the screening: the override of the automatic outcome and the preselection on relevant
 * experience and motivation, each with a written motivation, who and when.
 */
@ApplicationScoped
public class ScreeningDecisionService {
    private final CandidacyQueries queries;
    private final CandidacyRepository candidacies;
    private final VacancyProcedureRepository vacancies;
    private final StageScoreRepository scores;
    private final Decisions decisions;
    private final Outbox outbox;
    private final SlotService slots;

    public ScreeningDecisionService(CandidacyQueries queries, CandidacyRepository candidacies, VacancyProcedureRepository vacancies, StageScoreRepository scores, Decisions decisions, Outbox outbox, SlotService slots) {
        this.queries = queries;
        this.candidacies = candidacies;
        this.vacancies = vacancies;
        this.scores = scores;
        this.decisions = decisions;
        this.outbox = outbox;
        this.slots = slots;
    }

    /**
     * HR overrides the automatic screening outcome (e.g. after the preselection on relevant experience
     * and motivation): admit a refused candidate, or refuse an admitted one who has not been scored yet.
     * The written motivation is mandatory and stored with who decided and when.
     */
    @WithTransaction
    public Uni<CandidacyQueries.Details> overrideScreening(UUID applicationId, boolean admit, boolean capacityTestRequired,
            String motivationText, String actor) {
        return queries.find(applicationId).flatMap(candidacy -> vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> {
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
                    Integer booked = candidacy.leaveProcedure(); // null while awaiting the capacity test
                    next = CandidacyStatus.NOT_ADMITTED;
                    event = slots.release(applicationId, booked, actor, "niet toegelaten door HR")
                            .flatMap(ignored -> record(candidacy, "ScreeningFailed", new ScreeningFailed(
                                    candidacy.applicationId, candidacy.vacancyId, motivation,
                                    List.of(motivationText.trim()))));
                }
                return decisions.decide(candidacy, DecisionKind.SCREENING_OVERRIDDEN, next, motivation, actor)
                        .flatMap(ignored -> event)
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> queries.details(candidacy, vacancy));
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
    public Uni<CandidacyQueries.Details> preselect(UUID applicationId, boolean retained, String motivationText, String actor) {
        return queries.find(applicationId).flatMap(candidacy -> vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> {
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
                            .flatMap(ignored -> queries.details(candidacy, vacancy));
                }
                candidacy.preselection = Preselection.NOT_RETAINED;
                String motivation = "Niet weerhouden na de preselectie op relevante ervaring en motivatie. Motivering: "
                        + text;
                Integer booked = candidacy.leaveProcedure(); // null while awaiting the capacity test
                return slots.release(applicationId, booked, actor, "niet weerhouden na de preselectie")
                        .flatMap(ignored -> decisions.decide(candidacy, DecisionKind.PRESELECTION_NOT_RETAINED,
                                CandidacyStatus.NOT_ADMITTED, motivation, actor))
                        .flatMap(ignored -> record(candidacy, "ScreeningFailed", new ScreeningFailed(
                                candidacy.applicationId, candidacy.vacancyId, motivation, List.of(text))))
                        .flatMap(ignored -> candidacies.flush())
                        .flatMap(ignored -> queries.details(candidacy, vacancy));
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

    private Uni<Void> record(Candidacy candidacy, String type, Object payload) {
        return outbox.record(Aggregates.CANDIDACY, candidacy.applicationId, type, payload);
    }
}
