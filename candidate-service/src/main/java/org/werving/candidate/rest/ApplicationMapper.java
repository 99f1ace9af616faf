package org.werving.candidate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.model.BookedMoment;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.service.DecisionLetterText;
import org.werving.candidate.service.LetterPdf;
import org.werving.candidate.service.DecisionLetters;
import jakarta.ws.rs.core.Response;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.Vacancy;
import org.werving.candidate.service.ApplicationState;
import org.werving.candidate.service.Applying;
import org.werving.candidate.service.CandidateFile;

import java.util.Comparator;
import java.util.List;

/** Between the web's records and the application: the candidate form, the views, the answer to applying. */
@ApplicationScoped
public class ApplicationMapper {

    /** The candidate form on an application not yet stored (the service gives it its id, status and dates). */
    public Application toApplication(ApplicationRequest request) {
        Application application = new Application();
        application.vacancyId = request.vacancyId();
        application.firstName = request.firstName().trim();
        application.lastName = request.lastName().trim();
        application.email = request.email().trim();
        application.internal = request.internal();
        application.diplomaLevel = request.diplomaLevel();
        application.relevantExperienceMonths = request.relevantExperienceMonths();
        application.phone = trim(request.phone());
        application.street = trim(request.street());
        application.postalCode = trim(request.postalCode());
        application.city = trim(request.city());
        application.diploma = trim(request.diploma());
        application.diplomaGivesAccessToB = request.diplomaGivesAccessToB();
        application.experienceDescription = trim(request.experienceDescription());
        application.contractType = request.contractType();
        application.currentLevel = request.currentLevel();
        application.currentGrade = request.currentGrade();
        application.levelSeniorityMonths = request.levelSeniorityMonths();
        application.gradeSeniorityMonths = request.gradeSeniorityMonths();
        application.serviceSeniorityMonths = request.serviceSeniorityMonths();
        application.levelSeniorityOtherLocalGovernmentMonths = request.levelSeniorityOtherLocalGovernmentMonths();
        application.gradeSeniorityOtherLocalGovernmentMonths = request.gradeSeniorityOtherLocalGovernmentMonths();
        application.serviceSeniorityOtherLocalGovernmentMonths = request.serviceSeniorityOtherLocalGovernmentMonths();
        application.drivingLicence = request.drivingLicence();
        application.motivation = trim(request.motivation());
        application.privacyStatementVersion = request.privacyStatementVersion().trim();
        return application;
    }

    public ApplicationView toView(ApplicationState state) {
        ApplicationView view = toView(state.application(), state.vacancy(), state.timeline());
        return new ApplicationView(view.id(), view.vacancyId(), view.vacancyTitle(), view.status(), view.appliedAt(),
                view.timeline(), state.bookings().stream().map(ApplicationMapper::toBookingItem).toList());
    }

    public LetterView toLetterView(DecisionLetter letter) {
        return new LetterView(letter.id, letter.kind.name(), DecisionLetterText.title(letter), letter.decidedAt,
                letter.withdrawnAt);
    }

    /** A letter as a PDF download (inline, named after its decision and date). */
    public static Response letterPdf(DecisionLetters.Letter letter) {
        String name = DecisionLetterText.fileName(letter.letter());
        return Response.ok(LetterPdf.render(letter.content()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }

    private static ApplicationView.BookingItem toBookingItem(BookedMoment m) {
        return new ApplicationView.BookingItem(m.stageOrder, m.stageName, m.slotId, m.startsAt, m.endsAt(), m.place,
                m.meetingLink);
    }

    public CandidateData toData(CandidateFile file) {
        ApplicationState state = file.state();
        return toData(state.application(), state.vacancy(), state.timeline(), file.documents());
    }

    /** The answer to applying: the view, with the secret link token this once (none on a retry). */
    public AppliedView toAppliedView(Applying.Applied applied) {
        return AppliedView.of(toView(applied.state()), applied.accessToken());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Everything held about the candidate: the access right (and the HR view of the personal data). */
    private CandidateData toData(Application a, Vacancy vacancy, List<TimelineEntry> timeline, List<ApplicationDocument> documents) {
        return new CandidateData(a.id, a.vacancyId, vacancy == null ? null : vacancy.title, a.status.name(), a.appliedAt,
                a.firstName, a.lastName, a.email, a.phone, a.street, a.postalCode, a.city, a.internal, a.diploma,
                a.diplomaLevel, a.diplomaGivesAccessToB, a.relevantExperienceMonths, a.experienceDescription,
                a.contractType, a.currentLevel, a.currentGrade, a.levelSeniorityMonths, a.gradeSeniorityMonths,
                a.serviceSeniorityMonths, a.levelSeniorityOtherLocalGovernmentMonths,
                a.gradeSeniorityOtherLocalGovernmentMonths, a.serviceSeniorityOtherLocalGovernmentMonths,
                a.drivingLicence, a.motivation, a.privacyStatementVersion, a.consentAt,
                a.withdrawnAt, a.erasedAt,
                documents.stream().map(ApplicationMapper::toDocumentView).toList(),
                toView(a, vacancy, timeline).timeline());
    }

    public static CandidateData.DocumentView toDocumentView(ApplicationDocument d) {
        return new CandidateData.DocumentView(d.id, d.kind, d.fileName, d.mediaType, d.sizeBytes, d.uploadedAt);
    }

    private ApplicationView toView(Application a, Vacancy vacancy, List<TimelineEntry> timeline) {
        return new ApplicationView(a.id, a.vacancyId, vacancy == null ? null : vacancy.title, a.status.name(), a.appliedAt,
                timeline.stream()
                        .sorted(Comparator.comparing((TimelineEntry e) -> e.at).thenComparing(e -> e.recordedAt))
                        .map(e -> new ApplicationView.TimelineItem(e.at, e.type, e.text))
                        .toList(), List.of());
    }
}
