package org.werving.reserve.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.chassis.reactive.Steps;
import org.werving.reserve.messaging.in.SelectionCompleted;
import org.werving.reserve.messaging.in.SelectionPassed;
import org.werving.reserve.messaging.in.VacancyPublished;
import org.werving.reserve.messaging.out.ReserveEntryCreated;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveType;
import org.werving.reserve.model.ReserveValidity;
import org.werving.reserve.model.ReserveVacancy;
import org.werving.reserve.model.WithdrawnApplication;
import org.werving.reserve.repository.ReserveEntryRepository;
import org.werving.reserve.repository.ReserveRepository;
import org.werving.reserve.repository.ReserveVacancyRepository;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Placing laureates on the reserves, from the events (each method runs inside the inbox's transaction and
 * opens none of its own): the vacancy's reserve plan, every laureate's entry (with its ReserveEntryCreated in
 * the same transaction), and the close of the procedure that starts the reserves' validity.
 */
@ApplicationScoped
public class ReservePlacement {
    private static final Logger LOG = Logger.getLogger(ReservePlacement.class);

    private final ReserveEntryRepository entries;
    private final ReserveVacancyRepository vacancies;
    private final ReserveRepository reserves;
    private final ReserveLookups lookups;
    private final DashboardProjection dashboard;
    private final Outbox outbox;
    private final CityClock clock;

    public ReservePlacement(ReserveEntryRepository entries, ReserveVacancyRepository vacancies, ReserveRepository reserves,
            ReserveLookups lookups, DashboardProjection dashboard, Outbox outbox, CityClock clock) {
        this.entries = entries;
        this.vacancies = vacancies;
        this.reserves = reserves;
        this.lookups = lookups;
        this.dashboard = dashboard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * VacancyPublished: keep (or refresh) this service's copy of the vacancy; reserves of it that HR
     * has not extended follow its reserve plan.
     */
    public Uni<Void> vacancyPublished(VacancyPublished event) {
        if (event.id() == null) {
            throw new UnreadableEventException("VacancyPublished without id");
        }
        return vacancies.findById(event.id()).flatMap(existing -> {
            ReserveVacancy vacancy = existing != null ? existing : new ReserveVacancy();
            vacancy.id = event.id();
            vacancy.describe(event.title(), event.level(), event.directorate(), ReserveValidity.months(event.validityMonths()),
                    event.extendable(), event.publishedAt(), clock.now());
            Uni<Void> saved = existing != null ? Uni.createFrom().voidItem() : vacancies.persist(vacancy).replaceWithVoid();
            return saved.chain(() -> reserves.listByVacancy(vacancy.id)).chain(list -> Steps.each(list, reserve -> {
                if (!reserve.followsPlan()) {
                    return Uni.createFrom().voidItem();
                }
                reserve.followPlan(vacancy.reserveValidityMonths);
                return entries.setValidUntil(reserve.id, reserve.validUntil);
            }));
        });
    }

    /**
     * SelectionPassed: one ACTIVE entry per application on the reserve of its vacancy and type (created
     * with the first laureate: the close of the procedure), valid as long as that reserve. An application
     * already on a reserve gets nothing new.
     */
    public Uni<Void> selectionPassed(SelectionPassed event) {
        if (event.applicationId() == null || event.vacancyId() == null || event.finalScore() == null) {
            throw new UnreadableEventException("SelectionPassed needs applicationId, vacancyId and finalScore");
        }
        double score = event.finalScore();
        if (Double.isNaN(score) || score < 0 || score > 100) {
            throw new UnreadableEventException("SelectionPassed finalScore must be between 0 and 100, was " + score);
        }
        ReserveType type = reserveType(event.reserveType(), event.internal());
        return entries.findByApplication(event.applicationId()).flatMap(existing -> {
            if (existing != null) {
                LOG.debugf("application %s already on the reserve as entry %s", event.applicationId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return withdrawn(event.applicationId()).flatMap(gone -> gone
                    ? Uni.createFrom().voidItem()
                    : reserveFor(event.vacancyId(), type, clock.today())
                    .flatMap(reserve -> addEntry(reserve, event.applicationId(), score, null, "SelectionPassed")));
        });
    }

    /**
     * SelectionCompleted: the procedure closed. Its reserves' validity starts that day (unless HR already
     * extended them), every laureate gets the rank of the final ranking (the procedure's tie rule), and a
     * laureate whose SelectionPassed has not arrived yet gets its entry now (that event then adds nothing).
     */
    public Uni<Void> selectionCompleted(SelectionCompleted event) {
        List<SelectionCompleted.Laureate> laureates = laureates(event);
        LocalDate closedOn = clock.dateOf(event.completedAt() != null ? event.completedAt() : clock.now());
        Map<ReserveType, Reserve> byType = new EnumMap<>(ReserveType.class);
        Set<ReserveType> types = laureates.stream().map(l -> reserveType(l.reserveType(), l.internal()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReserveType.class)));
        return vacancies.findById(event.vacancyId())
                .flatMap(vacancy -> startReserves(event.vacancyId(), closedOn,
                        vacancy == null ? null : vacancy.reserveValidityMonths, types, byType))
                .chain(() -> Steps.each(laureates, l -> rankOrPlace(event.vacancyId(), l, byType)));
    }

    private static List<SelectionCompleted.Laureate> laureates(SelectionCompleted event) {
        if (event.vacancyId() == null) {
            throw new UnreadableEventException("SelectionCompleted without vacancyId");
        }
        List<SelectionCompleted.Laureate> laureates = event.laureates() == null ? List.of() : event.laureates();
        for (SelectionCompleted.Laureate l : laureates) {
            if (l == null || l.applicationId() == null || l.finalScore() == null
                    || Double.isNaN(l.finalScore()) || l.finalScore() < 0 || l.finalScore() > 100) {
                throw new UnreadableEventException("SelectionCompleted laureates need applicationId and finalScore (0..100)");
            }
        }
        return laureates;
    }

    /** The existing reserves start on the day of the close; the missing types are opened then. */
    private Uni<Void> startReserves(UUID vacancyId, LocalDate closedOn, Integer months, Set<ReserveType> types,
            Map<ReserveType, Reserve> byType) {
        return reserves.listByVacancy(vacancyId).flatMap(existing -> {
            existing.forEach(r -> byType.put(r.reserveType, r));
            types.removeAll(byType.keySet());
            Uni<Void> starts = Steps.each(existing, reserve -> {
                if (!reserve.followsPlan()) {
                    return Uni.createFrom().voidItem();
                }
                reserve.startOn(closedOn, months);
                return entries.setValidUntil(reserve.id, reserve.validUntil);
            });
            return starts.chain(() -> Steps.each(List.copyOf(types), type -> reserves
                    .persist(Reserve.open(vacancyId, type, closedOn, months, clock.now()))
                    .invoke(r -> byType.put(type, r))));
        });
    }

    private Uni<Void> rankOrPlace(UUID vacancyId, SelectionCompleted.Laureate l, Map<ReserveType, Reserve> byType) {
        return entries.findByApplication(l.applicationId()).flatMap(entry -> {
            if (entry != null) {
                entry.procedureRank = l.rank();
                return Uni.createFrom().voidItem();
            }
            ReserveType type = reserveType(l.reserveType(), l.internal());
            return withdrawn(l.applicationId()).flatMap(gone -> gone ? Uni.createFrom().voidItem()
                    : addEntry(byType.get(type), l.applicationId(), l.finalScore(), l.rank(), "SelectionCompleted"));
        });
    }

    private Uni<Boolean> withdrawn(UUID applicationId) {
        return WithdrawnApplication.<WithdrawnApplication>findById(applicationId).map(w -> w != null);
    }

    private Uni<Void> addEntry(Reserve reserve, UUID applicationId, double score, Integer procedureRank, String source) {
        ReserveEntry entry = ReserveEntry.place(reserve, applicationId, score, procedureRank, clock.now());
        return entries.persist(entry)
                .flatMap(saved -> lookups.recordChange(saved, "system", "CREATED", null, source))
                .flatMap(ignored -> outbox.record(ReserveLookups.ENTRY_AGGREGATE, entry.id, "ReserveEntryCreated",
                        ReserveEntryCreated.of(entry)))
                .chain(() -> dashboard.placedOnReserve(entry.applicationId, entry.vacancyId, entry.createdAt));
    }

    /** The reserve of this vacancy and type; a new one starts on {@code startsOn} (until the procedure's close is known). */
    private Uni<Reserve> reserveFor(UUID vacancyId, ReserveType type, LocalDate startsOn) {
        return reserves.findByVacancyAndType(vacancyId, type).flatMap(found -> found != null
                ? Uni.createFrom().item(found)
                : vacancies.findById(vacancyId).flatMap(vacancy -> reserves.persist(Reserve.open(vacancyId, type, startsOn,
                        vacancy == null ? null : vacancy.reserveValidityMonths, clock.now()))));
    }

    /** {@code reserveType} when given, else internal laureates are promoted and external ones recruited. */
    static ReserveType reserveType(String reserveType, Boolean internal) {
        if (reserveType != null) {
            try {
                return ReserveType.valueOf(reserveType.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UnreadableEventException("SelectionPassed with unknown reserveType " + reserveType);
            }
        }
        if (internal != null) {
            return internal ? ReserveType.PROMOTION : ReserveType.RECRUITMENT;
        }
        throw new UnreadableEventException("SelectionPassed needs reserveType (or internal)");
    }
}
