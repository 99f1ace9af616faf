package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.BookedMomentRepository;
import org.werving.candidate.repository.DocumentRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.chassis.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** HR's reading of applications (status, timeline, personal data, documents) and the anonymous counts. */
@ApplicationScoped
public class ApplicationReader {
    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final TimelineRepository timeline;
    private final DocumentRepository documents;
    private final BookedMomentRepository moments;
    private final DecisionLetters letters;

    public ApplicationReader(ApplicationRepository applications, VacancyRepository vacancies, TimelineRepository timeline,
            DocumentRepository documents, BookedMomentRepository moments, DecisionLetters letters) {
        this.letters = letters;
        this.moments = moments;
        this.applications = applications;
        this.vacancies = vacancies;
        this.timeline = timeline;
        this.documents = documents;
    }

    /** HR's view: status and timeline. */
    @WithSession
    public Uni<ApplicationState> view(UUID id) {
        return find(id).flatMap(this::state);
    }

    /** HR's view of the personal data, and the candidate's right of access: everything held. */
    @WithSession
    public Uni<CandidateFile> data(UUID id) {
        return find(id).flatMap(this::file);
    }

    @WithSession
    public Uni<ApplicationDocument> document(UUID applicationId, UUID documentId) {
        return documents.findFor(applicationId, documentId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("document", documentId));
    }

    /** Anonymous counts per vacancy and status, erased applications included. */
    @WithSession
    public Uni<List<Count>> counts() {
        return applications.countsByVacancyAndStatus().map(rows -> rows.stream()
                .map(r -> new Count((UUID) r[0], String.valueOf(r[1]), ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue()))
                .toList());
    }

    public record Count(UUID vacancyId, String status, long applications, long erased) {
    }

    Uni<ApplicationState> state(Application application) {
        return vacancies.findById(application.vacancyId)
                .flatMap(vacancy -> timeline.listFor(application.id)
                        .flatMap(entries -> moments.listFor(application.id)
                                .map(held -> new ApplicationState(application, vacancy, entries, held))));
    }

    Uni<CandidateFile> file(Application application) {
        return state(application).flatMap(state -> documents.listFor(application.id)
                .map(docs -> new CandidateFile(state, docs)));
    }

    /** HR: the decision letters of an application, oldest first. */
    @WithSession
    public Uni<List<DecisionLetter>> letters(UUID id) {
        return find(id).flatMap(a -> letters.list(a.id));
    }

    /** HR: one decision letter, in words. */
    @WithSession
    public Uni<DecisionLetters.Letter> letter(UUID id, UUID letterId) {
        return find(id).flatMap(a -> letters.letter(a, letterId));
    }

    private Uni<Application> find(UUID id) {
        return applications.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("application", id));
    }
}
