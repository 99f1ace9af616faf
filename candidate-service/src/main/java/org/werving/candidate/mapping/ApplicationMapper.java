package org.werving.candidate.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.messaging.CandidateApplied;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.Vacancy;
import org.werving.candidate.rest.ApplicationRequest;
import org.werving.candidate.rest.ApplicationView;

import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class ApplicationMapper {

    public void apply(ApplicationRequest request, Application application) {
        application.vacancyId = request.vacancyId();
        application.firstName = request.firstName().trim();
        application.lastName = request.lastName().trim();
        application.email = request.email().trim();
        application.internal = request.internal();
        application.diplomaLevel = request.diplomaLevel();
        application.relevantExperienceMonths = request.relevantExperienceMonths();
    }

    /** The event: ids and admission facts, no personal data. */
    public CandidateApplied toEvent(Application a) {
        return new CandidateApplied(a.id, a.vacancyId, a.appliedAt, a.internal,
                new CandidateApplied.Facts(a.diplomaLevel, a.relevantExperienceMonths));
    }

    public ApplicationView toView(Application a, Vacancy vacancy, List<TimelineEntry> timeline) {
        return new ApplicationView(a.id, a.vacancyId, vacancy == null ? null : vacancy.title, a.status.name(), a.appliedAt,
                timeline.stream()
                        .sorted(Comparator.comparing((TimelineEntry e) -> e.at).thenComparing(e -> e.recordedAt))
                        .map(e -> new ApplicationView.TimelineItem(e.at, e.type, e.text))
                        .toList());
    }
}
