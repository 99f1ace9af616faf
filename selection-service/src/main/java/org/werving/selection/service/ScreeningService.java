package org.werving.selection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.reactive.Steps;
import org.werving.selection.messaging.in.IncomingEvents.CandidateApplied;
import org.werving.selection.messaging.in.IncomingEvents.VacancyAmended;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.selection.messaging.in.IncomingEvents.VacancyPublished;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.ScreeningFailed;
import org.werving.selection.messaging.out.ScreeningPassed;
import org.werving.selection.model.Admission;
import org.werving.selection.model.AdmissionOutcome;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.model.Procedure;
import org.werving.selection.model.Stage;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.VacancyProcedureRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies consumed events: stores a published vacancy's procedure, takes in applications and
 * screens them against the admission conditions. Runs inside the inbox's transaction (no own
 * transaction here), so the effect, its events and the processed event id commit together.
 */
@ApplicationScoped
public class ScreeningService {
    private static final Logger LOG = Logger.getLogger(ScreeningService.class);

    private final VacancyProcedureRepository vacancies;
    private final CandidacyRepository candidacies;
    private final Decisions decisions;
    private final Outbox outbox;
    private final AdmissionEvaluator evaluator = new AdmissionEvaluator();

    private final SlotService slots;
    private final StageClosureRepository closures;

    public ScreeningService(VacancyProcedureRepository vacancies, CandidacyRepository candidacies, Decisions decisions,
            Outbox outbox, SlotService slots, StageClosureRepository closures) {
        this.slots = slots;
        this.closures = closures;
        this.vacancies = vacancies;
        this.candidacies = candidacies;
        this.decisions = decisions;
        this.outbox = outbox;
    }

    /** VacancyPublished: keep the conditions and stages, then screen whoever applied before they arrived. */
    public Uni<Void> onVacancyPublished(VacancyPublished event) {
        return vacancies.lockForUpdate(event.id())
                .flatMap(locked -> vacancies.findById(event.id()))
                .flatMap(existing -> {
                    if (existing != null) {
                        // published once; the procedure of running candidacies is never replaced
                        return Uni.createFrom().item(existing);
                    }
                    VacancyProcedure vacancy = new VacancyProcedure();
                    vacancy.vacancyId = event.id();
                    vacancy.reference = event.reference();
                    vacancy.title = event.title();
                    vacancy.admission = event.admission() == null ? Admission.NONE : event.admission();
                    vacancy.procedure = new Procedure(event.stages());
                    vacancy.reserveValidityMonths = event.reserveValidityMonths();
                    vacancy.publishedAt = event.publishedAt();
                    vacancy.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    return vacancies.persist(vacancy);
                })
                .flatMap(vacancy -> candidacies.awaitingVacancy(vacancy.vacancyId)
                        .flatMap(waiting -> screenAll(waiting, vacancy)));
    }

    /** CandidateApplied: a new candidacy, screened at once when its vacancy is known. */
    public Uni<Void> onCandidateApplied(CandidateApplied event) {
        return vacancies.lockForUpdate(event.vacancyId())
                .flatMap(locked -> candidacies.findById(event.applicationId()))
                .flatMap(existing -> {
                    if (existing != null) {
                        LOG.infof("application %s already known; CandidateApplied ignored", event.applicationId());
                        return Uni.createFrom().voidItem();
                    }
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    Candidacy candidacy = new Candidacy();
                    candidacy.applicationId = event.applicationId();
                    candidacy.vacancyId = event.vacancyId();
                    candidacy.internal = Boolean.TRUE.equals(event.internal());
                    candidacy.facts = event.facts() == null ? CandidateFacts.NONE : event.facts();
                    candidacy.appliedAt = event.appliedAt();
                    candidacy.receivedAt = now;
                    return vacancies.findById(event.vacancyId()).flatMap(vacancy -> {
                        if (vacancy == null) {
                            return decisions.decide(candidacy, DecisionKind.AWAITING_VACANCY,
                                            CandidacyStatus.AWAITING_VACANCY,
                                            "Kandidatuur ontvangen; de vacature is hier nog niet gekend, screening volgt.")
                                    .flatMap(ignored -> candidacies.persist(candidacy)).replaceWithVoid();
                        }
                        candidacy.status = CandidacyStatus.AWAITING_VACANCY;
                        candidacy.updatedAt = now;
                        return candidacies.persist(candidacy).flatMap(persisted -> screen(persisted, vacancy));
                    });
                });
    }

    /**
     * VacancyAmended: the stored admission conditions and stages are replaced by the vacancy's view after the
     * change, and candidacies not screened yet (AWAITING_VACANCY) are screened against them. Decisions already
     * taken stay: screened candidacies keep their outcome, and a closed stage, or a stage candidates are in that
     * the amendment no longer lists, keeps its stored definition. An amendment of a vacancy not known here yet
     * stores it as published.
     */
    public Uni<Void> onVacancyAmended(VacancyAmended event) {
        VacancyPublished view = event.vacancy();
        UUID vacancyId = event.vacancyId() != null ? event.vacancyId() : view.id();
        return vacancies.lockForUpdate(vacancyId)
                .flatMap(locked -> vacancies.findById(vacancyId))
                .flatMap(existing -> {
                    if (existing == null) {
                        return vacancies.persist(fromView(vacancyId, view));
                    }
                    return closures.ofProcedure(vacancyId).flatMap(closed -> candidacies.listByVacancy(vacancyId)
                            .map(all -> {
                                Set<Integer> closedStages = new HashSet<>();
                                closed.forEach(c -> closedStages.add(c.stageOrder));
                                Set<Integer> occupied = new HashSet<>();
                                all.stream().filter(c -> c.status == CandidacyStatus.IN_STAGE && c.currentStage != null)
                                        .forEach(c -> occupied.add(c.currentStage));
                                if (view.admission() != null) {
                                    existing.admission = view.admission();
                                }
                                if (view.stages() != null) {
                                    existing.procedure = amended(existing.procedure, view.stages(), closedStages, occupied);
                                }
                                if (view.title() != null) {
                                    existing.title = view.title();
                                }
                                if (view.reference() != null) {
                                    existing.reference = view.reference();
                                }
                                if (view.reserveValidityMonths() != null) {
                                    existing.reserveValidityMonths = view.reserveValidityMonths();
                                }
                                LOG.infof("vacancy %s amended by %s (%s): %s", vacancyId, event.amendedBy(),
                                        event.changed(), event.reason());
                                return existing;
                            }));
                })
                .flatMap(vacancy -> candidacies.awaitingVacancy(vacancy.vacancyId)
                        .flatMap(waiting -> screenAll(waiting, vacancy)));
    }

    /**
     * The amended stages. A closed stage keeps its stored definition (its decisions are taken); a stage candidates
     * are in that the amendment no longer lists is kept too, so no running candidacy loses its stage.
     */
    static Procedure amended(Procedure stored, List<Stage> amendedStages, Set<Integer> closed, Set<Integer> occupied) {
        Map<Integer, Stage> result = new TreeMap<>();
        amendedStages.forEach(stage -> result.put(stage.order(), stage));
        if (stored != null) {
            for (Stage old : stored.stages()) {
                if (closed.contains(old.order()) || (occupied.contains(old.order()) && !result.containsKey(old.order()))) {
                    result.put(old.order(), old);
                }
            }
        }
        return new Procedure(List.copyOf(result.values()));
    }

    private static VacancyProcedure fromView(UUID vacancyId, VacancyPublished view) {
        VacancyProcedure vacancy = new VacancyProcedure();
        vacancy.vacancyId = vacancyId;
        vacancy.reference = view.reference();
        vacancy.title = view.title();
        vacancy.admission = view.admission() == null ? Admission.NONE : view.admission();
        vacancy.procedure = new Procedure(view.stages());
        vacancy.reserveValidityMonths = view.reserveValidityMonths();
        vacancy.publishedAt = view.publishedAt();
        vacancy.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return vacancy;
    }

    private Uni<Void> screenAll(List<Candidacy> waiting, VacancyProcedure vacancy) {
        return Steps.each(waiting, candidacy -> screen(candidacy, vacancy));
    }

    Uni<Void> screen(Candidacy candidacy, VacancyProcedure vacancy) {
        AdmissionOutcome outcome = evaluator.evaluate(vacancy.admission, candidacy.internal, candidacy.facts);
        candidacy.screening = outcome;
        if (!outcome.admitted()) {
            return decisions.decide(candidacy, DecisionKind.SCREENING_FAILED, CandidacyStatus.NOT_ADMITTED,
                            outcome.motivation())
                    .flatMap(ignored -> outbox.record(Aggregates.CANDIDACY, candidacy.applicationId,
                            "ScreeningFailed", new ScreeningFailed(candidacy.applicationId,
                                    candidacy.vacancyId, outcome.motivation(), outcome.reasons())));
        }
        candidacy.capacityTestRequired = outcome.capacityTestRequired();
        String motivation;
        CandidacyStatus next;
        if (outcome.capacityTestRequired()) {
            next = CandidacyStatus.AWAITING_CAPACITY_TEST;
            motivation = outcome.motivation();
        } else {
            next = enterFirstStage(candidacy, vacancy.procedure);
            motivation = outcome.motivation() + " " + nextStep(candidacy, vacancy.procedure);
        }
        return decisions.decide(candidacy, DecisionKind.SCREENING_PASSED, next, motivation)
                .flatMap(ignored -> outbox.record(Aggregates.CANDIDACY, candidacy.applicationId,
                        "ScreeningPassed", new ScreeningPassed(candidacy.applicationId,
                                candidacy.vacancyId, outcome.capacityTestRequired(), outcome.alternative(),
                                motivation)));
    }

    /** Puts the candidate in the procedure's first stage; returns the state to move to. */
    static CandidacyStatus enterFirstStage(Candidacy candidacy, Procedure procedure) {
        Optional<Stage> first = procedure == null ? Optional.empty() : procedure.first();
        candidacy.currentStage = first.map(Stage::order).orElse(null);
        return CandidacyStatus.IN_STAGE;
    }

    static String nextStep(Candidacy candidacy, Procedure procedure) {
        return candidacy.currentStage == null || procedure == null ? "Nog geen proeven gepland."
                : "Door naar " + procedure.stage(candidacy.currentStage).map(Stage::displayName).orElse("de volgende proef")
                        + ".";
    }
}
