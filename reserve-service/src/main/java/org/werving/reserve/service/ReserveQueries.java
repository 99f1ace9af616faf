package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.reserve.model.Appointment;
import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.model.EntryChange;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveExtension;
import org.werving.reserve.model.ReserveRanking;
import org.werving.reserve.model.ReserveRules;
import org.werving.reserve.model.ReserveVacancy;
import org.werving.reserve.repository.AppointmentRepository;
import org.werving.reserve.repository.EntryChangeRepository;
import org.werving.reserve.repository.ReserveEntryRepository;
import org.werving.reserve.repository.ReserveExtensionRepository;
import org.werving.reserve.repository.ReserveRepository;
import org.werving.reserve.repository.ReserveVacancyRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What HR and the dashboard read of the reserves: rankings, entries, histories, the active reserves, the next laureate. */
@ApplicationScoped
public class ReserveQueries {
    private final ReserveEntryRepository entries;
    private final ReserveVacancyRepository vacancies;
    private final ReserveRepository reserves;
    private final ReserveExtensionRepository extensions;
    private final AppointmentRepository appointments;
    private final EntryChangeRepository changes;
    private final ReserveLookups lookups;
    private final ReserveRules rules;
    private final CityClock clock;

    public ReserveQueries(ReserveEntryRepository entries, ReserveVacancyRepository vacancies, ReserveRepository reserves,
            ReserveExtensionRepository extensions, AppointmentRepository appointments, EntryChangeRepository changes,
            ReserveLookups lookups, ReserveRules rules, CityClock clock) {
        this.entries = entries;
        this.vacancies = vacancies;
        this.reserves = reserves;
        this.extensions = extensions;
        this.appointments = appointments;
        this.changes = changes;
        this.lookups = lookups;
        this.rules = rules;
        this.clock = clock;
    }

    /** A reserve with what HR needs to read it. */
    public record ReserveDetails(Reserve reserve, ReserveVacancy vacancy, List<ReserveExtension> extensions,
            List<ReserveRanking.Ranked> entries) {
    }

    /** An active reserve, its vacancy (null when unknown here) and how many laureates are available. */
    public record ReserveSummary(Reserve reserve, ReserveVacancy vacancy, long available) {
    }

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
        return lookups.requireReserve(reserveId).flatMap(reserve -> vacancies.findById(reserve.vacancyId)
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
        LocalDate today = clock.today();
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

    static boolean matches(ReserveVacancy vacancy, String title, String level, String directorate) {
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
        return lookups.requireReserve(reserveId).flatMap(reserve -> {
            LocalDate today = clock.today();
            ReserveLookups.requireValid(reserve, today);
            LocalDate on = startDate != null ? startDate : today;
            return entries.listByReserve(reserveId).map(list -> ReserveRanking.rank(list).stream()
                    .filter(r -> rules.availableFor(r.entry(), kind, on))
                    .findFirst()
                    .orElseThrow(() -> new ProblemException(404, "no-laureate-available", "No laureate available",
                            "no laureate on reserve " + reserveId + " is available for a " + kind.name().toLowerCase(Locale.ROOT)
                                    + " appointment")));
        });
    }
}
