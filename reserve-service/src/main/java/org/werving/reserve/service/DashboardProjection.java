package org.werving.reserve.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.chassis.reactive.Steps;
import org.werving.reserve.config.ReserveConfig;
import org.werving.reserve.messaging.CandidateApplied;
import org.werving.reserve.messaging.CandidateEliminated;
import org.werving.reserve.messaging.CapacityTestRecorded;
import org.werving.reserve.messaging.InterviewScored;
import org.werving.reserve.messaging.ScreeningFailed;
import org.werving.reserve.messaging.ScreeningPassed;
import org.werving.reserve.messaging.VacancyPublished;
import org.werving.reserve.model.DashApplication;
import org.werving.reserve.model.DashStage;
import org.werving.reserve.model.DashVacancy;
import org.werving.reserve.model.DashVacancyStage;
import org.werving.reserve.repository.DashboardProjectionRepository;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the dashboard's read model: each method applies one event inside the inbox's transaction (or the
 * transaction of this service's own change), so the model is updated exactly once per event. Events of one
 * application come from three topics in any order; each fills in only what it knows.
 */
@ApplicationScoped
public class DashboardProjection {
    private final DashboardProjectionRepository store;
    private final ZoneId zone;

    public DashboardProjection(DashboardProjectionRepository store, ReserveConfig config) {
        this.store = store;
        this.zone = config.zone();
    }

    /** VacancyPublished or VacancyAmended's vacancy: title, reference, alternatives' labels, stage names. */
    public Uni<Void> vacancy(VacancyPublished vacancy, OffsetDateTime at) {
        if (vacancy == null || vacancy.id() == null) {
            return Uni.createFrom().voidItem();
        }
        List<String> internal = labels(vacancy.admission() == null ? null : vacancy.admission().internal());
        List<String> external = labels(vacancy.admission() == null ? null : vacancy.admission().external());
        return store.vacancy(vacancy.id()).flatMap(found -> {
            DashVacancy row = found;
            if (row == null) {
                row = new DashVacancy();
                row.vacancyId = vacancy.id();
            }
            row.describe(vacancy.title(), vacancy.reference(), internal, external, at);
            return found == null ? store.persist(row) : Uni.createFrom().voidItem();
        }).chain(() -> Steps.each(vacancy.stages() == null ? List.of() : vacancy.stages(),
                stage -> stage == null || stage.order() == null ? Uni.createFrom().voidItem()
                        : stageName(vacancy.id(), stage.order(), stage.name(), true)));
    }

    public Uni<Void> applied(CandidateApplied event, OffsetDateTime at) {
        require(event.applicationId(), event.vacancyId(), "CandidateApplied");
        return store.application(event.applicationId(), event.vacancyId()).flatMap(application -> {
            application.applied(event.appliedAt() != null ? event.appliedAt() : at, event.internal(), zone);
            return store.setAppliedOn(application.applicationId, application.appliedOn).replaceWithVoid();
        });
    }

    public Uni<Void> screeningPassed(ScreeningPassed event, OffsetDateTime at) {
        require(event.applicationId(), event.vacancyId(), "ScreeningPassed");
        return store.vacancy(event.vacancyId()).flatMap(vacancy -> store.application(event.applicationId(),
                event.vacancyId()).flatMap(application -> {
                    application.admit(at, DashVacancy.route(vacancy, event.alternative(), application.internal,
                            event.capacityTestRequired()), event.capacityTestRequired());
                    return application.entersFirstStageOnAdmission() ? enter(application, 1, at)
                            : Uni.createFrom().voidItem();
                }));
    }

    /** Not (or no longer) admitted: the stages it had entered but not finished are no longer counted. */
    public Uni<Void> screeningFailed(ScreeningFailed event) {
        require(event.applicationId(), event.vacancyId(), "ScreeningFailed");
        return store.application(event.applicationId(), event.vacancyId()).flatMap(application -> {
            application.refuse();
            return dropUndecided(application.applicationId, 0);
        });
    }

    /** The capacity test; passing it opens the first stage. */
    public Uni<Void> capacityTest(CapacityTestRecorded event, OffsetDateTime at) {
        require(event.applicationId(), event.vacancyId(), "CapacityTestRecorded");
        return store.application(event.applicationId(), event.vacancyId()).flatMap(application -> {
            application.capacityTest(event.passed());
            return event.passed() && application.admitted ? enter(application, 1, at) : Uni.createFrom().voidItem();
        });
    }

    /** A stage's final result: decided; a candidate who goes on enters the next stage at that moment. */
    public Uni<Void> interviewScored(InterviewScored event, OffsetDateTime at) {
        require(event.applicationId(), event.vacancyId(), "InterviewScored");
        if (event.stageOrder() == null) {
            throw new UnreadableEventException("InterviewScored without stageOrder");
        }
        int order = event.stageOrder();
        boolean passed = event.outcome() != null ? !"ELIMINATED".equals(event.outcome()) : Boolean.TRUE.equals(event.passed());
        boolean goesOn = event.outcome() != null ? "GOES_ON".equals(event.outcome())
                : passed && !Boolean.TRUE.equals(event.finalStage());
        return stageName(event.vacancyId(), order, event.stageName(), false)
                .chain(() -> store.application(event.applicationId(), event.vacancyId()))
                .flatMap(application -> store.stages(application.applicationId).flatMap(stages -> {
                    Optional<DashStage> known = stages.stream().filter(s -> s.stageOrder == order).findFirst();
                    DashStage stage = known.orElseGet(() -> DashStage.entered(application, order, null));
                    stage.decide(at, passed);
                    Uni<Void> saved = known.isPresent() ? Uni.createFrom().voidItem() : store.persist(stage);
                    return goesOn ? saved.chain(() -> enter(application, order + 1, at)) : saved;
                }));
    }

    /**
     * Eliminated after a stage's result (the top-N cut, in events that carry no outcome): the last decided
     * stage did not pass and a stage it was put in after does not count. The capacity test has its own event.
     */
    public Uni<Void> eliminated(CandidateEliminated event) {
        require(event.applicationId(), event.vacancyId(), "CandidateEliminated");
        if ("CAPACITY_TEST".equals(event.cause()) || "CAPACITY_TEST".equals(event.stage())) {
            return Uni.createFrom().voidItem();
        }
        return store.stages(event.applicationId()).flatMap(stages -> {
            Optional<DashStage> last = stages.stream().filter(DashStage::decided).reduce((a, b) -> b);
            last.ifPresent(DashStage::eliminate);
            return dropUndecided(event.applicationId(), last.map(s -> s.stageOrder).orElse(0));
        });
    }

    /** This service put the application on a reserve (ReserveEntryCreated, same transaction). */
    public Uni<Void> placedOnReserve(UUID applicationId, UUID vacancyId, OffsetDateTime at) {
        return store.application(applicationId, vacancyId).invoke(a -> a.placedOnReserve(at)).replaceWithVoid();
    }

    /** This service recorded an appointment (CandidateAppointed, same transaction). */
    public Uni<Void> appointed(UUID applicationId, UUID vacancyId, OffsetDateTime at) {
        return store.application(applicationId, vacancyId).invoke(a -> a.appointed(at)).replaceWithVoid();
    }

    private Uni<Void> enter(DashApplication application, int order, OffsetDateTime at) {
        return store.stages(application.applicationId).flatMap(stages -> stages.stream().anyMatch(s -> s.stageOrder == order)
                ? Uni.createFrom().voidItem()
                : store.persist(DashStage.entered(application, order, at)));
    }

    private Uni<Void> dropUndecided(UUID applicationId, int afterOrder) {
        return store.stages(applicationId).flatMap(stages -> Steps.each(stages.stream()
                .filter(s -> !s.decided() && s.stageOrder > afterOrder).toList(), store::delete));
    }

    /** A stage's name: the vacancy's own definition wins over the name an InterviewScored carries. */
    private Uni<Void> stageName(UUID vacancyId, int order, String name, boolean authoritative) {
        if (name == null || name.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return store.stageName(vacancyId, order).flatMap(found -> {
            if (found == null) {
                return store.persist(DashVacancyStage.of(vacancyId, order, name));
            }
            if (authoritative) {
                found.name = name;
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static List<String> labels(List<VacancyPublished.Alternative> alternatives) {
        return alternatives == null ? List.of() : alternatives.stream().filter(Objects::nonNull)
                .map(VacancyPublished.Alternative::label).filter(Objects::nonNull).toList();
    }

    private static void require(UUID applicationId, UUID vacancyId, String type) {
        if (applicationId == null || vacancyId == null) {
            throw new UnreadableEventException(type + " needs applicationId and vacancyId");
        }
    }
}
