package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.model.Application;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.DecisionLetterRepository;
import org.werving.candidate.repository.TimelineRepository;
import org.werving.candidate.repository.VacancyRepository;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.problem.ProblemTypes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The decision letters of an application: one is kept for each decision the events bring (inside the
 * consumer's transaction), and composed in words when the candidate or HR asks for it.
 */
@ApplicationScoped
public class DecisionLetters {
    /** The timeline entries whose text is a result (a score) the letters list. */
    static final Set<String> RESULTS = Set.of("CapacityTestRecorded", "InterviewScored");

    private final DecisionLetterRepository letters;
    private final TimelineRepository timeline;
    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final CandidateConfig.Letters config;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();

    public DecisionLetters(DecisionLetterRepository letters, TimelineRepository timeline,
            ApplicationRepository applications, VacancyRepository vacancies, CandidateConfig config,
            MeterRegistry registry) {
        this.letters = letters;
        this.registry = registry;
        this.timeline = timeline;
        this.applications = applications;
        this.vacancies = vacancies;
        this.config = config.letters();
    }

    /** A letter and its words. */
    public record Letter(DecisionLetter letter, DecisionLetterText.Content content) {
    }

    /**
     * Keeps the letter {@code letterId} of a decision: {@code decision} is the timeline's text of the event, the
     * results are the application's scores in its timeline so far. An unknown application gets no letter.
     */
    public Uni<Void> decided(UUID letterId, UUID eventId, UUID applicationId, DecisionLetter.Kind kind, String decision,
            OffsetDateTime at) {
        return applications.findById(applicationId).flatMap(application -> application == null
                ? Uni.createFrom().voidItem()
                : timeline.listFor(applicationId).flatMap(entries -> {
                    DecisionLetter letter = new DecisionLetter();
                    letter.id = letterId;
                    letter.applicationId = applicationId;
                    letter.eventId = eventId;
                    letter.kind = kind;
                    letter.decidedAt = at;
                    letter.decision = decision;
                    letter.scores = results(entries);
                    letter.recordedAt = OffsetDateTime.now(clock);
                    return letters.persist(letter).invoke(() -> counted(kind)).replaceWithVoid();
                }));
    }

    /** {@code werving_decision_letters_total{kind}}: the decisions about candidates, per kind (issue 16). */
    private void counted(DecisionLetter.Kind kind) {
        Counter.builder("werving.decision.letters").description("Decision letters recorded, per kind of decision")
                .tag("kind", kind.name()).register(registry).increment();
    }

    static String results(List<TimelineEntry> entries) {
        String lines = entries.stream().filter(e -> RESULTS.contains(e.type)).map(e -> e.text)
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? null : lines;
    }

    @WithSession
    public Uni<List<DecisionLetter>> list(UUID applicationId) {
        return letters.listFor(applicationId);
    }

    /** The letter in words, for the application's own candidate (name) and vacancy. */
    @WithSession
    public Uni<Letter> letter(Application application, UUID letterId) {
        return letters.findFor(application.id, letterId)
                .onItem().ifNull().failWith(() -> new ProblemException(404, ProblemTypes.NOT_FOUND, "Brief niet gevonden",
                        "Deze brief hoort niet (meer) bij deze kandidatuur."))
                .flatMap(letter -> vacancies.findById(application.vacancyId).map(vacancy -> new Letter(letter,
                        DecisionLetterText.compose(letter, application.firstName,
                                vacancy == null ? null : vacancy.title, config.appealNotice(), config.sender()))));
    }
}
