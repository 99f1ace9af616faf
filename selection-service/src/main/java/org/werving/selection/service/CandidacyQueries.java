package org.werving.selection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.Decision;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.DecisionRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.selection.repository.VacancyProcedureRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What HR sees of candidacies: one with its scores and decisions, or all of a procedure with their scores. */
@ApplicationScoped
public class CandidacyQueries {
    private final CandidacyRepository candidacies;
    private final VacancyProcedureRepository vacancies;
    private final StageScoreRepository scores;
    private final DecisionRepository decisionLog;

    public CandidacyQueries(CandidacyRepository candidacies, VacancyProcedureRepository vacancies, StageScoreRepository scores, DecisionRepository decisionLog) {
        this.candidacies = candidacies;
        this.vacancies = vacancies;
        this.scores = scores;
        this.decisionLog = decisionLog;
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

    Uni<Candidacy> find(UUID applicationId) {
        return candidacies.findById(applicationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("candidacy", applicationId));
    }

    private Uni<Details> details(Candidacy candidacy) {
        return vacancies.findById(candidacy.vacancyId).flatMap(vacancy -> details(candidacy, vacancy));
    }

    Uni<Details> details(Candidacy candidacy, VacancyProcedure vacancy) {
        return scores.forApplication(candidacy.applicationId)
                .flatMap(stageScores -> decisionLog.forApplication(candidacy.applicationId)
                        .map(trail -> new Details(candidacy, vacancy, stageScores, trail)));
    }
}
