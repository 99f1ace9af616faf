package org.werving.selection.service;

import org.werving.selection.model.Wording;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.CandidateEliminated;
import org.werving.selection.messaging.out.CapacityTestRecorded;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.VacancyProcedureRepository;

import java.math.BigDecimal;
import java.util.UUID;

/** HR records a candidate's level and capacity test result: into the first stage, or eliminated; with its events. */
@ApplicationScoped
public class CapacityTestService {
    public static final String CAPACITY_TEST_STAGE = "CAPACITY_TEST";

    private final CandidacyQueries queries;
    private final CandidacyRepository candidacies;
    private final VacancyProcedureRepository vacancies;
    private final Decisions decisions;
    private final Outbox outbox;

    public CapacityTestService(CandidacyQueries queries, CandidacyRepository candidacies, VacancyProcedureRepository vacancies, Decisions decisions, Outbox outbox) {
        this.queries = queries;
        this.candidacies = candidacies;
        this.vacancies = vacancies;
        this.decisions = decisions;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<CandidacyQueries.Details> recordCapacityTest(UUID applicationId, boolean passed, BigDecimal score,
            java.time.LocalDate takenOn, String provider, String actor) {
        return queries.find(applicationId).flatMap(candidacy -> {
            if (candidacy.status != CandidacyStatus.AWAITING_CAPACITY_TEST) {
                throw ProblemException.conflict("candidacy-status", "candidacy " + applicationId + " is "
                        + candidacy.status + "; a capacity test result is only recorded while AWAITING_CAPACITY_TEST");
            }
            return vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> {
                candidacy.recordCapacityTest(passed, score, takenOn, provider);
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
                        .flatMap(ignored -> queries.details(candidacy, vacancy));
            });
        });
    }

    private Uni<Void> record(Candidacy candidacy, String type, Object payload) {
        return outbox.record(Aggregates.CANDIDACY, candidacy.applicationId, type, payload);
    }
}
