package org.werving.vacancy.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.vacancy.messaging.out.VacancyAmended;
import org.werving.vacancy.messaging.out.VacancyArchived;
import org.werving.vacancy.messaging.out.VacancyClosed;
import org.werving.vacancy.messaging.out.VacancyFilled;
import org.werving.vacancy.messaging.out.VacancyPublished;
import org.werving.vacancy.messaging.out.VacancySnapshot;
import org.werving.vacancy.model.Competency;
import org.werving.vacancy.model.Procedure;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyAudit;
import org.werving.vacancy.model.VacancyDetails;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.repository.VacancyRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Vacancy lifecycle: draft, published, closed. Every change, its audit row (with the authenticated
 * subject) and its event commit together.
 */
@ApplicationScoped
public class VacancyService {
    public static final String AGGREGATE = "vacancy";

    private final VacancyRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /** Stores {@code content} (a vacancy with the fields HR edits filled in) as a new draft. */
    @WithTransaction
    public Uni<Vacancy> createDraft(Vacancy content, String actor) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.createdAt = OffsetDateTime.now(clock);
        vacancy.createdBy = actor;
        requireValidScoring(content);
        vacancy.replaceContent(content);
        return repository.persist(vacancy)
                .call(v -> VacancyAudit.of(v.id, "CREATED", actor, v.createdAt, null, null).persist());
    }

    @WithTransaction
    public Uni<Vacancy> updateDraft(UUID id, Vacancy content, String actor) {
        return find(id).call(vacancy -> {
            requireStatus(vacancy, VacancyStatus.DRAFT, "only a draft can be edited freely; amend a published vacancy");
            requireValidScoring(content);
            vacancy.replaceContent(content);
            vacancy.updatedBy = actor;
            return VacancyAudit.of(id, "UPDATED", actor, OffsetDateTime.now(clock), null, null).persist();
        });
    }

    @WithTransaction
    public Uni<Vacancy> publish(UUID id, String actor) {
        return find(id).flatMap(vacancy -> Competency.names().map(catalogue -> {
            requireStatus(vacancy, VacancyStatus.DRAFT, "only a draft can be published");
            return catalogue;
        }).flatMap(catalogue -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Problem.FieldError> missing = new ArrayList<>(PublicationCheck.missing(vacancy, now));
            missing.addAll(PublicationCheck.unknownCompetencies(vacancy, catalogue));
            if (!missing.isEmpty()) {
                throw incomplete("the vacancy cannot be published", missing);
            }
            vacancy.publish(now, actor);
            return VacancyAudit.of(id, "PUBLISHED", actor, now, null, null).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id, VacancyPublished.TYPE, VacancyPublished.of(vacancy)))
                    .replaceWith(vacancy);
        }));
    }

    @WithTransaction
    public Uni<Vacancy> close(UUID id, String reason, String actor) {
        return find(id).flatMap(vacancy -> {
            requireStatus(vacancy, VacancyStatus.PUBLISHED, "only a published vacancy can be closed");
            String why = reason == null || reason.isBlank() ? "closed by HR" : reason;
            vacancy.close(OffsetDateTime.now(clock), actor, why);
            return VacancyAudit.of(id, "CLOSED", actor, vacancy.closedAt, why, null).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id, VacancyClosed.TYPE,
                            new VacancyClosed(vacancy.id, vacancy.closedAt, why)))
                    .replaceWith(vacancy);
        });
    }

    /**
     * Changes the admission conditions, procedure or deadline of a published (or closed) vacancy,
     * recorded with who, when and why, and announced as VacancyAmended.
     */
    @WithTransaction
    public Uni<Vacancy> amend(UUID id, Amendment amendment, String actor) {
        return find(id).flatMap(vacancy -> {
            if (vacancy.status == VacancyStatus.DRAFT) {
                throw ProblemException.conflict("vacancy-status",
                        "a draft is edited freely, not amended; vacancy " + id + " is DRAFT");
            }
            List<String> changed = applyAmendment(vacancy, amendment);
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Problem.FieldError> invalid = PublicationCheck.missing(vacancy, now).stream()
                    .filter(e -> changed.stream().anyMatch(f -> e.field().startsWith(f)))
                    .toList();
            if (!invalid.isEmpty()) {
                throw incomplete("the amendment would leave the vacancy incomplete", invalid);
            }
            vacancy.updatedBy = actor;
            VacancyAmended event = new VacancyAmended(vacancy.id, now, actor, amendment.reason(), changed,
                    VacancySnapshot.of(vacancy));
            return VacancyAudit.of(id, "AMENDED", actor, now, amendment.reason(), changed).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id, VacancyAmended.TYPE, event))
                    .replaceWith(vacancy);
        });
    }

    /** Puts the amendment's parts on the vacancy; yields the names of what changed, in a fixed order. */
    private static List<String> applyAmendment(Vacancy vacancy, Amendment amendment) {
        List<String> changed = new ArrayList<>();
        if (amendment.admission() != null) {
            vacancy.admission = amendment.admission();
            changed.add("admission");
        }
        if (amendment.stages() != null) {
            requireValidScoring(amendment.stages(), vacancy.details == null ? null : vacancy.details.competencies());
            vacancy.procedure = new Procedure(amendment.stages());
            changed.add("stages");
        }
        if (amendment.applicationDeadline() != null) {
            requireStatus(vacancy, VacancyStatus.PUBLISHED, "only an open vacancy's deadline can move");
            vacancy.applicationDeadline = amendment.applicationDeadline();
            changed.add("applicationDeadline");
        }
        if (changed.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", "an amendment changes admission, stages or applicationDeadline",
                    List.of(new Problem.FieldError("admission", "admission, stages or applicationDeadline is required")));
        }
        return changed;
    }

    /**
     * CLOSED → FILLED (the seats are taken: VacancyFilled), or CLOSED/FILLED → ARCHIVED (VacancyArchived);
     * recorded, and the event is written in the same transaction.
     */
    @WithTransaction
    public Uni<Vacancy> settle(UUID id, VacancyStatus target, String reason, String actor) {
        return find(id).flatMap(vacancy -> {
            boolean allowed = target == VacancyStatus.FILLED ? vacancy.status == VacancyStatus.CLOSED
                    : target == VacancyStatus.ARCHIVED && (vacancy.status == VacancyStatus.CLOSED || vacancy.status == VacancyStatus.FILLED);
            if (!allowed) {
                throw ProblemException.conflict("vacancy-status", (target == VacancyStatus.FILLED
                        ? "only a closed vacancy can be marked filled" : "only a closed or filled vacancy can be archived")
                        + "; vacancy " + id + " is " + vacancy.status);
            }
            VacancyStatus previous = vacancy.status;
            OffsetDateTime now = OffsetDateTime.now(clock);
            vacancy.status = target;
            vacancy.updatedBy = actor;
            Object event = target == VacancyStatus.FILLED
                    ? VacancyFilled.of(vacancy, now, actor, reason == null || reason.isBlank() ? "marked filled by HR" : reason)
                    : VacancyArchived.of(vacancy.id, now, previous.name(), actor, reason);
            return VacancyAudit.of(id, target.name(), actor, now, reason, null).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id,
                            target == VacancyStatus.FILLED ? VacancyFilled.TYPE : VacancyArchived.TYPE, event))
                    .replaceWith(vacancy);
        });
    }

    /**
     * Refuses (400, like any invalid field) component competencies that are not the vacancy's own, listed
     * twice or empty, and a scale outside 1..1000: a wrong reference is not incompleteness but bad input.
     */
    private static void requireValidScoring(Vacancy content) {
        requireValidScoring(content.procedure == null ? null : content.procedure.stages(),
                content.details == null ? null : content.details.competencies());
    }

    private static void requireValidScoring(List<Stage> stages, List<VacancyDetails.Competency> competencies) {
        List<Problem.FieldError> invalid = PublicationCheck.scoring(stages, competencies);
        if (!invalid.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", invalid.stream()
                    .map(e -> e.field() + " " + e.message()).collect(java.util.stream.Collectors.joining("; ")), invalid);
        }
    }

    private static ProblemException incomplete(String what, List<Problem.FieldError> missing) {
        return new ProblemException(422, "vacancy-incomplete", "The vacancy is not complete",
                what + ": " + missing.size() + " element(s) missing or invalid", missing);
    }

    private Uni<Vacancy> find(UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id));
    }

    private static void requireStatus(Vacancy vacancy, VacancyStatus required, String rule) {
        if (vacancy.status != required) {
            throw ProblemException.conflict("vacancy-status", rule + "; vacancy " + vacancy.id + " is " + vacancy.status);
        }
    }
}
