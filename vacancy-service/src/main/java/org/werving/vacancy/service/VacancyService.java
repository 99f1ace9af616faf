package org.werving.vacancy.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.vacancy.mapping.VacancyMapper;
import org.werving.vacancy.model.Competency;
import org.werving.vacancy.model.Procedure;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyAudit;
import org.werving.vacancy.model.VacancyDetails;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.repository.VacancyRepository;
import org.werving.vacancy.rest.AmendmentRequest;
import org.werving.vacancy.rest.VacancyRequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Vacancy lifecycle: draft, published, closed. Every change, its audit row (with the authenticated
 * subject) and its event commit together.
 */
@ApplicationScoped
public class VacancyService {
    public static final String AGGREGATE = "vacancy";

    private final VacancyRepository repository;
    private final VacancyMapper mapper;
    private final Outbox outbox;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, VacancyMapper mapper, Outbox outbox) {
        this.repository = repository;
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @WithTransaction
    public Uni<Vacancy> createDraft(VacancyRequest request, String actor) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.createdAt = OffsetDateTime.now(clock);
        vacancy.createdBy = actor;
        requireValidScoring(request.stages(), request.competencies());
        mapper.apply(request, vacancy);
        return repository.persist(vacancy)
                .call(v -> VacancyAudit.of(v.id, "CREATED", actor, v.createdAt, null, null).persist());
    }

    @WithTransaction
    public Uni<Vacancy> updateDraft(UUID id, VacancyRequest request, String actor) {
        return find(id).call(vacancy -> {
            requireStatus(vacancy, VacancyStatus.DRAFT, "only a draft can be edited freely; amend a published vacancy");
            requireValidScoring(request.stages(), request.competencies());
            mapper.apply(request, vacancy);
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
            vacancy.status = VacancyStatus.PUBLISHED;
            vacancy.publishedAt = now;
            vacancy.publishedBy = actor;
            return VacancyAudit.of(id, "PUBLISHED", actor, now, null, null).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id, "VacancyPublished", mapper.toView(vacancy)))
                    .replaceWith(vacancy);
        }));
    }

    @WithTransaction
    public Uni<Vacancy> close(UUID id, String reason, String actor) {
        return find(id).flatMap(vacancy -> {
            requireStatus(vacancy, VacancyStatus.PUBLISHED, "only a published vacancy can be closed");
            String why = reason == null || reason.isBlank() ? "closed by HR" : reason;
            vacancy.status = VacancyStatus.CLOSED;
            vacancy.closedAt = OffsetDateTime.now(clock);
            vacancy.closedBy = actor;
            vacancy.closeReason = why;
            return VacancyAudit.of(id, "CLOSED", actor, vacancy.closedAt, why, null).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id, "VacancyClosed", closed(vacancy.id, vacancy.closedAt, why)))
                    .replaceWith(vacancy);
        });
    }

    /**
     * Changes the admission conditions, procedure or deadline of a published (or closed) vacancy,
     * recorded with who, when and why, and announced as VacancyAmended.
     */
    @WithTransaction
    public Uni<Vacancy> amend(UUID id, AmendmentRequest request, String actor) {
        return find(id).flatMap(vacancy -> {
            if (vacancy.status == VacancyStatus.DRAFT) {
                throw ProblemException.conflict("vacancy-status",
                        "a draft is edited freely, not amended; vacancy " + id + " is DRAFT");
            }
            List<String> changed = new ArrayList<>();
            if (request.admission() != null) {
                vacancy.admission = request.admission();
                changed.add("admission");
            }
            if (request.stages() != null) {
                requireValidScoring(request.stages(), vacancy.details == null ? null : vacancy.details.competencies());
                vacancy.procedure = new Procedure(request.stages());
                changed.add("stages");
            }
            if (request.applicationDeadline() != null) {
                requireStatus(vacancy, VacancyStatus.PUBLISHED, "only an open vacancy's deadline can move");
                vacancy.applicationDeadline = request.applicationDeadline();
                changed.add("applicationDeadline");
            }
            if (changed.isEmpty()) {
                throw new ProblemException(400, "validation", "Invalid request", "an amendment changes admission, stages or applicationDeadline",
                        List.of(new Problem.FieldError("admission", "admission, stages or applicationDeadline is required")));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Problem.FieldError> invalid = PublicationCheck.missing(vacancy, now).stream()
                    .filter(e -> changed.stream().anyMatch(f -> e.field().startsWith(f)))
                    .toList();
            if (!invalid.isEmpty()) {
                throw incomplete("the amendment would leave the vacancy incomplete", invalid);
            }
            vacancy.updatedBy = actor;
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("vacancyId", vacancy.id);
            event.put("amendedAt", now);
            event.put("amendedBy", actor);
            event.put("reason", request.reason());
            event.put("changed", changed);
            event.put("vacancy", mapper.toView(vacancy));
            return VacancyAudit.of(id, "AMENDED", actor, now, request.reason(), changed).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id, "VacancyAmended", event))
                    .replaceWith(vacancy);
        });
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
                    ? filled(vacancy, now, actor, reason == null || reason.isBlank() ? "marked filled by HR" : reason)
                    : archived(vacancy, previous, now, actor, reason);
            return VacancyAudit.of(id, target.name(), actor, now, reason, null).persist()
                    .chain(() -> outbox.record(AGGREGATE, vacancy.id,
                            target == VacancyStatus.FILLED ? "VacancyFilled" : "VacancyArchived", event))
                    .replaceWith(vacancy);
        });
    }

    /** The payload of VacancyFilled (docs/events.md). */
    public static Map<String, Object> filled(Vacancy vacancy, OffsetDateTime filledAt, String filledBy, String reason) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("vacancyId", vacancy.id);
        event.put("filledAt", filledAt);
        event.put("seats", vacancy.seats);
        event.put("seatsFilled", vacancy.seatsFilled);
        event.put("filledBy", filledBy);
        event.put("reason", reason);
        return event;
    }

    /** The payload of VacancyArchived (docs/events.md). */
    public static Map<String, Object> archived(Vacancy vacancy, VacancyStatus previous, OffsetDateTime archivedAt,
            String archivedBy, String reason) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("vacancyId", vacancy.id);
        event.put("archivedAt", archivedAt);
        event.put("previousStatus", previous.name());
        event.put("archivedBy", archivedBy);
        if (reason != null && !reason.isBlank()) {
            event.put("reason", reason);
        }
        return event;
    }

    public static Map<String, Object> closed(UUID id, OffsetDateTime closedAt, String reason) {
        return Map.of("vacancyId", id, "closedAt", closedAt, "reason", reason);
    }

    /**
     * Refuses (400, like any invalid field) component competencies that are not the vacancy's own, listed
     * twice or empty, and a scale outside 1..1000: a wrong reference is not incompleteness but bad input.
     */
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
