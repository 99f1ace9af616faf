package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.reactive.Steps;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.reserve.mapping.ReserveMapper;
import org.werving.reserve.messaging.ApplicationWithdrawn;
import org.werving.reserve.messaging.CandidateAppointed;
import org.werving.reserve.messaging.CandidateDataErased;
import org.werving.reserve.messaging.OfferDeclined;
import org.werving.reserve.messaging.ReserveEntryEnded;
import org.werving.reserve.messaging.ReserveExtended;
import org.werving.reserve.messaging.SelectionCompleted;
import org.werving.reserve.messaging.SelectionPassed;
import org.werving.reserve.messaging.VacancyPublished;
import org.werving.reserve.model.Appointment;
import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.model.EntryChange;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveExtension;
import org.werving.reserve.model.ReserveState;
import org.werving.reserve.model.ReserveType;
import org.werving.reserve.model.ReserveVacancy;
import org.werving.reserve.model.WithdrawnApplication;
import org.werving.reserve.repository.AppointmentRepository;
import org.werving.reserve.repository.EntryChangeRepository;
import org.werving.reserve.repository.ReserveEntryRepository;
import org.werving.reserve.repository.ReserveExtensionRepository;
import org.werving.reserve.repository.ReserveRepository;
import org.werving.reserve.repository.ReserveVacancyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The recruitment and promotion reserves. The event methods run inside the inbox's transaction
 * (they open none of their own); an entry and its ReserveEntryCreated event commit together. Every
 * HR write is one transaction with its audit row and its event.
 */
@ApplicationScoped
public class ReserveService {
    public static final String AGGREGATE = "reserve-entry";
    public static final String RESERVE_AGGREGATE = "reserve";
    private static final Logger LOG = Logger.getLogger(ReserveService.class);
    /** The history's reason when the candidate withdrew. */
    public static final String WITHDRAWN_REASON = "kandidatuur ingetrokken";

    private final ReserveEntryRepository entries;
    private final ReserveVacancyRepository vacancies;
    private final ReserveRepository reserves;
    private final ReserveExtensionRepository extensions;
    private final AppointmentRepository appointments;
    private final EntryChangeRepository changes;
    private final ReserveRules rules;
    private final ReserveMapper mapper;
    private final Outbox outbox;
    private final DashboardProjection dashboard;
    private final ZoneId zone;
    private final Clock clock;

    public ReserveService(ReserveEntryRepository entries, ReserveVacancyRepository vacancies, ReserveRepository reserves,
            ReserveExtensionRepository extensions, AppointmentRepository appointments, EntryChangeRepository changes,
            ReserveRules rules, ReserveMapper mapper, Outbox outbox, DashboardProjection dashboard,
            @ConfigProperty(name = "werving.zone", defaultValue = "Europe/Brussels") ZoneId zone) {
        this.entries = entries;
        this.vacancies = vacancies;
        this.reserves = reserves;
        this.extensions = extensions;
        this.appointments = appointments;
        this.changes = changes;
        this.rules = rules;
        this.mapper = mapper;
        this.outbox = outbox;
        this.dashboard = dashboard;
        this.zone = zone;
        this.clock = Clock.systemUTC();
    }

    /** A reserve with what HR needs to read it. */
    public record ReserveDetails(Reserve reserve, ReserveVacancy vacancy, List<ReserveExtension> extensions,
            List<ReserveRanking.Ranked> entries) {
    }

    /** An active reserve, its vacancy (null when unknown here) and how many laureates are available. */
    public record ReserveSummary(Reserve reserve, ReserveVacancy vacancy, long available) {
    }

    /** An appointment as HR asks for it. */
    public record AppointCommand(UUID entryId, AppointmentKind kind, String team, LocalDate startDate, LocalDate endDate,
            String reason) {
    }

    // ---------------------------------------------------------------- events in

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
            vacancy.title = event.title();
            vacancy.level = event.level();
            vacancy.directorate = event.directorate();
            vacancy.reserveValidityMonths = ReserveValidity.months(event.validityMonths());
            vacancy.reserveExtendable = event.extendable();
            vacancy.publishedAt = event.publishedAt();
            vacancy.receivedAt = now();
            Uni<Void> saved = existing != null ? Uni.createFrom().voidItem() : vacancies.persist(vacancy).replaceWithVoid();
            return saved.chain(() -> reserves.listByVacancy(vacancy.id)).chain(list -> Steps.each(list, reserve -> {
                if (reserve.extended || reserve.state != ReserveState.ACTIVE) {
                    return Uni.createFrom().voidItem();
                }
                reserve.validUntil = ReserveValidity.validUntil(reserve.startsOn, vacancy.reserveValidityMonths);
                return entries.setValidUntil(reserve.id, reserve.validUntil).replaceWithVoid();
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
        ReserveType type = reserveType(event);
        return entries.findByApplication(event.applicationId()).flatMap(existing -> {
            if (existing != null) {
                LOG.debugf("application %s already on the reserve as entry %s", event.applicationId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return withdrawn(event.applicationId()).flatMap(gone -> gone
                    ? Uni.createFrom().voidItem()
                    : reserveFor(event.vacancyId(), type, today())
                    .flatMap(reserve -> addEntry(reserve, event.applicationId(), score, null, "SelectionPassed")));
        });
    }

    /**
     * SelectionCompleted: the procedure closed. Its reserves' validity starts that day (unless HR already
     * extended them), every laureate gets the rank of the final ranking (the procedure's tie rule), and a
     * laureate whose SelectionPassed has not arrived yet gets its entry now (that event then adds nothing).
     */
    public Uni<Void> selectionCompleted(SelectionCompleted event) {
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
        LocalDate closedOn = (event.completedAt() != null ? event.completedAt() : now()).atZoneSameInstant(zone).toLocalDate();
        Map<ReserveType, Reserve> byType = new java.util.EnumMap<>(ReserveType.class);
        java.util.Set<ReserveType> types = laureates.stream()
                .map(l -> reserveType(new SelectionPassed(l.applicationId(), event.vacancyId(), l.finalScore(), l.internal(),
                        l.reserveType())))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ReserveType.class)));
        return vacancies.findById(event.vacancyId()).flatMap(vacancy -> reserves.listByVacancy(event.vacancyId())
                .flatMap(existing -> {
                    existing.forEach(r -> byType.put(r.reserveType, r));
                    types.removeAll(byType.keySet());
                    Integer months = vacancy == null ? null : vacancy.reserveValidityMonths;
                    Uni<Void> starts = Steps.each(existing, reserve -> {
                        if (reserve.extended || reserve.state != ReserveState.ACTIVE) {
                            return Uni.createFrom().voidItem();
                        }
                        reserve.startsOn = closedOn;
                        reserve.validUntil = ReserveValidity.validUntil(closedOn, months);
                        return entries.setValidUntil(reserve.id, reserve.validUntil).replaceWithVoid();
                    });
                    return starts.chain(() -> Steps.each(List.copyOf(types), type -> newReserve(event.vacancyId(), type,
                            closedOn, months).invoke(r -> byType.put(type, r)).replaceWithVoid()));
                }))
                .chain(() -> Steps.each(laureates, l -> entries.findByApplication(l.applicationId()).flatMap(entry -> {
                    if (entry != null) {
                        entry.procedureRank = l.rank();
                        return Uni.createFrom().voidItem();
                    }
                    ReserveType type = reserveType(new SelectionPassed(l.applicationId(), event.vacancyId(), l.finalScore(),
                            l.internal(), l.reserveType()));
                    return withdrawn(l.applicationId()).flatMap(gone -> gone ? Uni.createFrom().voidItem()
                            : addEntry(byType.get(type), l.applicationId(), l.finalScore(), l.rank(), "SelectionCompleted"));
                })));
    }

    /**
     * ApplicationWithdrawn: the application is remembered as withdrawn (a laureate event arriving later
     * creates no entry); its entry, if any and still available, ends with a history row. An entry already
     * appointed permanently or ended stays as it is. A repeated fact changes nothing.
     */
    public Uni<Void> applicationWithdrawn(ApplicationWithdrawn event) {
        if (event.applicationId() == null) {
            throw new UnreadableEventException("ApplicationWithdrawn without applicationId");
        }
        return WithdrawnApplication.<WithdrawnApplication>findById(event.applicationId()).flatMap(known -> {
            Uni<Void> remembered = Uni.createFrom().voidItem();
            if (known == null) {
                WithdrawnApplication w = new WithdrawnApplication();
                w.applicationId = event.applicationId();
                w.vacancyId = event.vacancyId();
                w.withdrawnAt = event.withdrawnAt() != null ? event.withdrawnAt() : now();
                w.receivedAt = now();
                remembered = w.persist().replaceWithVoid();
            }
            return remembered.chain(() -> entries.findByApplicationForUpdate(event.applicationId())).flatMap(entry -> {
                if (entry == null || (entry.state != EntryState.ACTIVE && entry.state != EntryState.TEMPORARILY_APPOINTED)) {
                    return Uni.createFrom().voidItem();
                }
                EntryState from = entry.state;
                entry.state = EntryState.ENDED;
                return change(entry, "system", "WITHDRAWN", from, WITHDRAWN_REASON);
            });
        });
    }

    /**
     * CandidateDataErased: the reserve holds no personal data (ids and scores stay, anonymous). The free
     * text HR gave with a declined offer is removed from the entry's history, and the erasure is recorded
     * there once.
     */
    public Uni<Void> candidateDataErased(CandidateDataErased event) {
        if (event.applicationId() == null) {
            throw new UnreadableEventException("CandidateDataErased without applicationId");
        }
        return entries.findByApplicationForUpdate(event.applicationId()).flatMap(entry -> {
            if (entry == null) {
                return Uni.createFrom().voidItem();
            }
            return changes.listByEntry(entry.id).flatMap(history -> {
                for (EntryChange c : history) {
                    if (c.action.startsWith("DECLINED_") && c.reason != null) {
                        c.reason = c.reason.replaceFirst("(?s): .*( \\(weigering [0-9]+\\))$", "$1");
                    }
                }
                if (history.stream().anyMatch(c -> "ERASED".equals(c.action))) {
                    return Uni.createFrom().voidItem();
                }
                String why = "persoonsgegevens gewist"
                        + (event.reason() == null || event.reason().isBlank() ? "" : " (" + event.reason().trim() + ")");
                return change(entry, "system", "ERASED", entry.state, why);
            });
        });
    }

    private Uni<Boolean> withdrawn(UUID applicationId) {
        return WithdrawnApplication.<WithdrawnApplication>findById(applicationId).map(w -> w != null);
    }

    private Uni<Void> addEntry(Reserve reserve, UUID applicationId, double score, Integer procedureRank, String source) {
        ReserveEntry entry = new ReserveEntry();
        entry.id = UUID.randomUUID();
        entry.reserveId = reserve.id;
        entry.vacancyId = reserve.vacancyId;
        entry.applicationId = applicationId;
        entry.reserveType = reserve.reserveType;
        entry.finalScore = score;
        entry.procedureRank = procedureRank;
        entry.createdAt = now();
        entry.validUntil = reserve.validUntil;
        entry.state = EntryState.ACTIVE;
        return entries.persist(entry)
                .flatMap(saved -> change(saved, "system", "CREATED", null, source))
                .flatMap(ignored -> outbox.record(AGGREGATE, entry.id, "ReserveEntryCreated", mapper.toCreated(entry)))
                .chain(() -> dashboard.placedOnReserve(entry.applicationId, entry.vacancyId, entry.createdAt));
    }

    /** The reserve of this vacancy and type; a new one starts on {@code startsOn} (until the procedure's close is known). */
    private Uni<Reserve> reserveFor(UUID vacancyId, ReserveType type, LocalDate startsOn) {
        return reserves.findByVacancyAndType(vacancyId, type).flatMap(found -> found != null
                ? Uni.createFrom().item(found)
                : vacancies.findById(vacancyId).flatMap(vacancy -> newReserve(vacancyId, type, startsOn,
                        vacancy == null ? null : vacancy.reserveValidityMonths)));
    }

    private Uni<Reserve> newReserve(UUID vacancyId, ReserveType type, LocalDate startsOn, Integer months) {
        Reserve reserve = new Reserve();
        reserve.id = UUID.randomUUID();
        reserve.vacancyId = vacancyId;
        reserve.reserveType = type;
        reserve.createdAt = now();
        reserve.startsOn = startsOn;
        reserve.validUntil = ReserveValidity.validUntil(startsOn, months);
        reserve.state = ReserveState.ACTIVE;
        return reserves.persist(reserve);
    }

    // ---------------------------------------------------------------- queries

    /** A vacancy's reserves, ranked; empty for a vacancy without laureates (or unknown here). */
    @WithSession
    public Uni<List<ReserveRanking.Ranked>> reserveOf(UUID vacancyId) {
        return entries.listByVacancy(vacancyId).map(ReserveRanking::rank);
    }

    /** One entry with its rank on its reserve, or null. */
    @WithSession
    public Uni<ReserveRanking.Ranked> entry(UUID entryId) {
        return entries.findById(entryId).flatMap(entry -> entry == null ? Uni.createFrom().nullItem()
                : entries.listByReserve(entry.reserveId).map(ReserveRanking::rank).map(ranked -> ranked.stream()
                        .filter(r -> r.entry().id.equals(entryId)).findFirst().orElseThrow()));
    }

    /** The audit trail of an entry, oldest first; null when the entry does not exist. */
    @WithSession
    public Uni<List<EntryChange>> history(UUID entryId) {
        return entries.findById(entryId).flatMap(entry -> entry == null ? Uni.createFrom().nullItem()
                : changes.listByEntry(entryId));
    }

    /** A reserve with its vacancy, extensions and ranked entries; 404 when unknown. */
    @WithSession
    public Uni<ReserveDetails> reserve(UUID reserveId) {
        return requireReserve(reserveId).flatMap(reserve -> vacancies.findById(reserve.vacancyId)
                .flatMap(vacancy -> extensions.listByReserve(reserveId)
                        .flatMap(ext -> entries.listByReserve(reserveId)
                                .map(list -> new ReserveDetails(reserve, vacancy, ext, ReserveRanking.rank(list))))));
    }

    /** One appointment of a reserve; 404 when unknown. */
    @WithSession
    public Uni<Appointment> appointment(UUID reserveId, UUID appointmentId) {
        return appointments.findById(appointmentId).map(a -> {
            if (a == null || !a.reserveId.equals(reserveId)) {
                throw ProblemException.notFound("appointment", appointmentId);
            }
            return a;
        });
    }

    /**
     * Reserves still valid today, filtered by function title (part of it), level and directorate (part
     * of it), soonest expiry first. With a filter, reserves of a vacancy unknown here are left out.
     */
    @WithSession
    public Uni<List<ReserveSummary>> activeReserves(String title, String level, String directorate) {
        LocalDate today = today();
        return reserves.listActive(today).flatMap(list -> {
            if (list.isEmpty()) {
                return Uni.createFrom().item(List.<ReserveSummary>of());
            }
            List<UUID> vacancyIds = list.stream().map(r -> r.vacancyId).distinct().toList();
            List<UUID> reserveIds = list.stream().map(r -> r.id).toList();
            return vacancies.list("id in ?1", vacancyIds).flatMap(vs -> entries.list("reserveId in ?1", reserveIds)
                    .map(es -> {
                        Map<UUID, ReserveVacancy> byId = vs.stream().collect(Collectors.toMap(v -> v.id, v -> v));
                        Map<UUID, Long> available = es.stream()
                                .filter(e -> rules.availableFor(e, AppointmentKind.PERMANENT, today))
                                .collect(Collectors.groupingBy(e -> e.reserveId, Collectors.counting()));
                        return list.stream()
                                .map(r -> new ReserveSummary(r, byId.get(r.vacancyId), available.getOrDefault(r.id, 0L)))
                                .filter(s -> matches(s.vacancy(), title, level, directorate))
                                .toList();
                    }));
        });
    }

    private static boolean matches(ReserveVacancy vacancy, String title, String level, String directorate) {
        boolean filtered = notBlank(title) || notBlank(level) || notBlank(directorate);
        if (!filtered) {
            return true;
        }
        if (vacancy == null) {
            return false;
        }
        return (!notBlank(title) || contains(vacancy.title, title))
                && (!notBlank(level) || (vacancy.level != null && vacancy.level.trim().equalsIgnoreCase(level.trim())))
                && (!notBlank(directorate) || contains(vacancy.directorate, directorate));
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The best-ranked laureate who can be offered an appointment of this kind starting on that day
     * under the rules; 409 on an expired reserve, 404 when nobody is available.
     */
    @WithSession
    public Uni<ReserveRanking.Ranked> nextAvailable(UUID reserveId, AppointmentKind kind, LocalDate startDate) {
        return requireReserve(reserveId).flatMap(reserve -> {
            LocalDate today = today();
            requireValid(reserve, today);
            LocalDate on = startDate != null ? startDate : today;
            return entries.listByReserve(reserveId).map(list -> ReserveRanking.rank(list).stream()
                    .filter(r -> rules.availableFor(r.entry(), kind, on))
                    .findFirst()
                    .orElseThrow(() -> new ProblemException(404, "no-laureate-available", "No laureate available",
                            "no laureate on reserve " + reserveId + " is available for a " + kind.name().toLowerCase(Locale.ROOT)
                                    + " appointment")));
        });
    }

    // ---------------------------------------------------------------- HR writes

    /** HR extends a reserve until a later date, by a decision (reference and date) → ReserveExtended. */
    @WithTransaction
    public Uni<Reserve> extend(UUID reserveId, String decisionReference, LocalDate decisionDate, LocalDate validUntil,
            String subject) {
        // locked: two extensions of one reserve at once are applied one after the other
        return reserves.findById(reserveId, LockModeType.PESSIMISTIC_WRITE).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("reserve", reserveId);
            }
            return r;
        }).flatMap(reserve -> {
            LocalDate today = today();
            requireValid(reserve, today);
            return vacancies.findById(reserve.vacancyId).map(vacancy -> {
                if (vacancy != null && !vacancy.reserveExtendable) {
                    throw ProblemException.conflict("reserve-not-extendable", "the reserve plan of vacancy "
                            + reserve.vacancyId + " does not allow extending its reserves");
                }
                return reserve;
            });
        }).flatMap(reserve -> {
            LocalDate today = today();
            if (decisionDate.isAfter(today)) {
                throw ProblemException.invalid("decisionDate", "must not be in the future");
            }
            if (!validUntil.isAfter(reserve.validUntil)) {
                throw ProblemException.invalid("validUntil", "must be after the current end of validity " + reserve.validUntil);
            }
            ReserveExtension extension = new ReserveExtension();
            extension.id = UUID.randomUUID();
            extension.reserveId = reserve.id;
            extension.decisionReference = decisionReference.trim();
            extension.decisionDate = decisionDate;
            extension.previousValidUntil = reserve.validUntil;
            extension.validUntil = validUntil;
            extension.extendedBy = subject;
            extension.extendedAt = now();
            reserve.validUntil = validUntil;
            reserve.extended = true;
            return extensions.persist(extension)
                    .flatMap(ignored -> entries.setValidUntil(reserve.id, validUntil))
                    .flatMap(ignored -> outbox.record(RESERVE_AGGREGATE, reserve.id, "ReserveExtended",
                            new ReserveExtended(reserve.id, reserve.vacancyId, reserve.reserveType,
                                    extension.decisionReference, decisionDate, extension.previousValidUntil, validUntil)))
                    .replaceWith(reserve);
        });
    }

    /** HR appoints a laureate from a valid reserve → CandidateAppointed; the rules decide the entry's new state. */
    @WithTransaction
    public Uni<Appointment> appoint(UUID reserveId, AppointCommand command, String subject) {
        return requireReserve(reserveId).flatMap(reserve -> {
            requireValid(reserve, today());
            return requireEntry(reserve, command.entryId()).flatMap(entry -> {
                if (!rules.availableFor(entry, command.kind(), command.startDate())) {
                    throw ProblemException.conflict("entry-not-available", "reserve entry " + entry.id + " is "
                            + entry.state + " and cannot be appointed " + command.kind().name().toLowerCase(Locale.ROOT)
                            + (entry.temporaryUntil != null ? " (temporarily appointed until " + entry.temporaryUntil + ")" : ""));
                }
                Appointment appointment = new Appointment();
                appointment.id = UUID.randomUUID();
                appointment.reserveId = reserve.id;
                appointment.entryId = entry.id;
                appointment.vacancyId = entry.vacancyId;
                appointment.applicationId = entry.applicationId;
                appointment.kind = command.kind();
                appointment.team = command.team().trim();
                appointment.startDate = command.startDate();
                appointment.endDate = command.kind() == AppointmentKind.TEMPORARY ? command.endDate() : null;
                appointment.reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
                appointment.appointedBy = subject;
                appointment.appointedAt = now();
                EntryState from = entry.state;
                entry.state = rules.afterAppointment(command.kind());
                entry.temporaryUntil = command.kind() == AppointmentKind.TEMPORARY ? command.endDate() : null;
                String why = (command.kind() == AppointmentKind.PERMANENT ? "vaste aanstelling" : "tijdelijke aanstelling")
                        + " in " + appointment.team + " vanaf " + appointment.startDate
                        + (appointment.endDate != null ? " tot " + appointment.endDate : "")
                        + (appointment.reason != null ? ": " + appointment.reason : "");
                return appointments.persist(appointment)
                        .flatMap(ignored -> change(entry, subject, "APPOINTED_" + command.kind(), from, why))
                        .flatMap(ignored -> outbox.record(AGGREGATE, entry.id, "CandidateAppointed",
                                new CandidateAppointed(appointment.id, appointment.vacancyId, appointment.applicationId,
                                        entry.id, reserve.id, appointment.kind, appointment.team, appointment.startDate,
                                        appointment.endDate, appointment.reason)))
                        .chain(() -> dashboard.appointed(appointment.applicationId, appointment.vacancyId,
                                appointment.appointedAt))
                        .replaceWith(appointment);
            });
        });
    }

    /** A laureate declined an offer: counted (or not) under the rules; too many declines end the entry. */
    @WithTransaction
    public Uni<ReserveEntry> decline(UUID reserveId, UUID entryId, AppointmentKind kind, String reason, String subject) {
        return requireReserve(reserveId).flatMap(reserve -> {
            requireValid(reserve, today());
            return requireEntry(reserve, entryId).flatMap(entry -> {
                if (entry.state != EntryState.ACTIVE && entry.state != EntryState.TEMPORARILY_APPOINTED) {
                    throw ProblemException.conflict("entry-not-available",
                            "reserve entry " + entry.id + " is " + entry.state + ": no offer can be declined");
                }
                EntryState from = entry.state;
                if (rules.declineCounts(kind)) {
                    entry.declines++;
                }
                entry.state = rules.afterDecline(from, entry.declines);
                String why = (kind == AppointmentKind.PERMANENT ? "vaste" : "tijdelijke") + " aanstelling geweigerd"
                        + (reason == null || reason.isBlank() ? "" : ": " + reason.trim())
                        + " (weigering " + entry.declines + ")";
                Uni<Void> recorded = change(entry, subject, "DECLINED_" + kind, from, why)
                        .chain(() -> outbox.record(AGGREGATE, entry.id, "OfferDeclined", new OfferDeclined(entry.id,
                                reserve.id, entry.vacancyId, entry.applicationId, kind, entry.declines, entry.state)));
                if (entry.state == EntryState.ENDED && from != EntryState.ENDED) {
                    String ended = "aanbod geweigerd: " + entry.declines + " weigeringen, " + rules.declinesKept()
                            + " toegestaan";
                    recorded = recorded.chain(() -> outbox.record(AGGREGATE, entry.id, "ReserveEntryEnded",
                            new ReserveEntryEnded(entry.id, reserve.id, entry.vacancyId, entry.applicationId, ended)));
                }
                return recorded.replaceWith(entry);
            });
        });
    }

    // ---------------------------------------------------------------- helpers

    private Uni<Reserve> requireReserve(UUID reserveId) {
        return reserves.findById(reserveId).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("reserve", reserveId);
            }
            return r;
        });
    }

    /**
     * The entry, locked for this transaction (SELECT ... FOR UPDATE): two HR officers acting on the same
     * laureate at once are served one after the other, the second seeing the first one's result.
     */
    private Uni<ReserveEntry> requireEntry(Reserve reserve, UUID entryId) {
        return entries.findById(entryId, LockModeType.PESSIMISTIC_WRITE).map(e -> {
            if (e == null || !e.reserveId.equals(reserve.id)) {
                throw ProblemException.notFound("reserve entry", entryId);
            }
            return e;
        });
    }

    static void requireValid(Reserve reserve, LocalDate today) {
        if (reserve.ended()) {
            throw ProblemException.conflict("reserve-ended", "reserve " + reserve.id + " was ended on "
                    + reserve.endedOn + " by decision " + reserve.endDecisionReference + ": " + reserve.endReason);
        }
        if (reserve.expiredOn(today)) {
            throw ProblemException.conflict("reserve-expired", "reserve " + reserve.id + " expired: it was valid until "
                    + reserve.validUntil);
        }
    }

    private Uni<Void> change(ReserveEntry entry, String subject, String action, EntryState from, String reason) {
        EntryChange change = new EntryChange();
        change.id = UUID.randomUUID();
        change.entryId = entry.id;
        change.changedAt = now();
        change.changedBy = subject;
        change.action = action;
        change.fromState = from == null ? null : from.name();
        change.toState = entry.state.name();
        change.reason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        return changes.persist(change).replaceWithVoid();
    }

    private static ReserveType reserveType(SelectionPassed event) {
        if (event.reserveType() != null) {
            try {
                return ReserveType.valueOf(event.reserveType().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UnreadableEventException("SelectionPassed with unknown reserveType " + event.reserveType());
            }
        }
        if (event.internal() != null) {
            return event.internal() ? ReserveType.PROMOTION : ReserveType.RECRUITMENT;
        }
        throw new UnreadableEventException("SelectionPassed needs reserveType (or internal)");
    }

    /** The city's date today. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Truncated to what PostgreSQL stores, so the order in memory is the order read back. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
