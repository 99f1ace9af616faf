package org.werving.selection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.selection.messaging.IncomingEvents.CandidateApplied;
import org.werving.selection.messaging.IncomingEvents.VacancyPublished;
import org.werving.selection.messaging.Outbox;
import org.werving.selection.messaging.SelectionEvents;
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
import java.util.List;
import java.util.Optional;

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

    public ScreeningService(VacancyProcedureRepository vacancies, CandidacyRepository candidacies, Decisions decisions,
            Outbox outbox) {
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
     * ApplicationWithdrawn: a candidacy still in the procedure (awaiting its vacancy or capacity test, or
     * in a stage) ends as WITHDRAWN; it takes no further stage and is no participant when a stage closes.
     * A candidacy already decided (not admitted, eliminated, passed) keeps its outcome; the withdrawal
     * is written to its audit trail. Unknown applications are ignored.
     */
    public Uni<Void> onApplicationWithdrawn(org.werving.selection.messaging.IncomingEvents.ApplicationWithdrawn event) {
        return candidacies.findById(event.applicationId()).flatMap(candidacy -> {
            if (candidacy == null) {
                LOG.infof("ApplicationWithdrawn for unknown application %s ignored", event.applicationId());
                return Uni.createFrom().voidItem();
            }
            String when = event.withdrawnAt() == null ? "" : " op " + event.withdrawnAt().toLocalDate();
            return switch (candidacy.status) {
                case AWAITING_VACANCY, AWAITING_CAPACITY_TEST, IN_STAGE -> decisions.decide(candidacy,
                        DecisionKind.WITHDRAWN, CandidacyStatus.WITHDRAWN, "De kandidaat heeft de kandidatuur"
                                + when + " ingetrokken" + (candidacy.status == CandidacyStatus.IN_STAGE
                                        ? " tijdens proef " + candidacy.currentStage : "") + "; geen verdere proeven.");
                default -> {
                    LOG.infof("application %s withdrawn after its outcome %s; outcome kept", event.applicationId(),
                            candidacy.status);
                    yield Uni.createFrom().voidItem();
                }
            };
        });
    }

    private Uni<Void> screenAll(List<Candidacy> waiting, VacancyProcedure vacancy) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Candidacy candidacy : waiting) {
            chain = chain.flatMap(ignored -> screen(candidacy, vacancy));
        }
        return chain;
    }

    Uni<Void> screen(Candidacy candidacy, VacancyProcedure vacancy) {
        AdmissionOutcome outcome = evaluator.evaluate(vacancy.admission, candidacy.internal, candidacy.facts);
        candidacy.screening = outcome;
        if (!outcome.admitted()) {
            return decisions.decide(candidacy, DecisionKind.SCREENING_FAILED, CandidacyStatus.NOT_ADMITTED,
                            outcome.motivation())
                    .flatMap(ignored -> outbox.record(SelectionEvents.AGGREGATE, candidacy.applicationId,
                            "ScreeningFailed", new SelectionEvents.ScreeningFailed(candidacy.applicationId,
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
                .flatMap(ignored -> outbox.record(SelectionEvents.AGGREGATE, candidacy.applicationId,
                        "ScreeningPassed", new SelectionEvents.ScreeningPassed(candidacy.applicationId,
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
