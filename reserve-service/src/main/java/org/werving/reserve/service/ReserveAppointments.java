package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.problem.ProblemException;
import org.werving.reserve.messaging.out.CandidateAppointed;
import org.werving.reserve.messaging.out.OfferDeclined;
import org.werving.reserve.messaging.out.ReserveEntryEnded;
import org.werving.reserve.model.Appointment;
import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveRules;
import org.werving.reserve.repository.AppointmentRepository;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * HR appoints laureates from a valid reserve and records the offers they decline. Each is one transaction
 * with its history row and its event; the rules decide what the entry becomes.
 */
@ApplicationScoped
public class ReserveAppointments {
    private final AppointmentRepository appointments;
    private final ReserveLookups lookups;
    private final ReserveRules rules;
    private final DashboardProjection dashboard;
    private final Outbox outbox;
    private final CityClock clock;

    public ReserveAppointments(AppointmentRepository appointments, ReserveLookups lookups, ReserveRules rules,
            DashboardProjection dashboard, Outbox outbox, CityClock clock) {
        this.appointments = appointments;
        this.lookups = lookups;
        this.rules = rules;
        this.dashboard = dashboard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An appointment as HR asks for it. */
    public record AppointCommand(UUID entryId, AppointmentKind kind, String team, LocalDate startDate, LocalDate endDate,
            String reason) {
    }

    /** HR appoints a laureate from a valid reserve → CandidateAppointed; the rules decide the entry's new state. */
    @WithTransaction
    public Uni<Appointment> appoint(UUID reserveId, AppointCommand command, String subject) {
        return lookups.requireReserve(reserveId).flatMap(reserve -> {
            ReserveLookups.requireValid(reserve, clock.today());
            return lookups.requireEntry(reserve, command.entryId()).flatMap(entry -> {
                if (!rules.availableFor(entry, command.kind(), command.startDate())) {
                    throw ProblemException.conflict("entry-not-available", "reserve entry " + entry.id + " is "
                            + entry.state + " and cannot be appointed " + command.kind().name().toLowerCase(Locale.ROOT)
                            + (entry.temporaryUntil != null ? " (temporarily appointed until " + entry.temporaryUntil + ")" : ""));
                }
                Appointment appointment = Appointment.of(entry, command.kind(), command.team(), command.startDate(),
                        command.endDate(), command.reason(), subject, clock.now());
                EntryState from = entry.state;
                entry.appoint(command.kind(), command.endDate(), rules);
                return appointments.persist(appointment)
                        .flatMap(ignored -> lookups.recordChange(entry, subject, "APPOINTED_" + command.kind(), from,
                                appointment.describe()))
                        .flatMap(ignored -> outbox.record(ReserveLookups.ENTRY_AGGREGATE, entry.id, "CandidateAppointed",
                                CandidateAppointed.of(appointment, reserve.id)))
                        .chain(() -> dashboard.appointed(appointment.applicationId, appointment.vacancyId,
                                appointment.appointedAt))
                        .replaceWith(appointment);
            });
        });
    }

    /** A laureate declined an offer: counted (or not) under the rules; too many declines end the entry. */
    @WithTransaction
    public Uni<ReserveEntry> decline(UUID reserveId, UUID entryId, AppointmentKind kind, String reason, String subject) {
        return lookups.requireReserve(reserveId).flatMap(reserve -> {
            ReserveLookups.requireValid(reserve, clock.today());
            return lookups.requireEntry(reserve, entryId).flatMap(entry -> {
                if (!entry.onReserve()) {
                    throw ProblemException.conflict("entry-not-available",
                            "reserve entry " + entry.id + " is " + entry.state + ": no offer can be declined");
                }
                EntryState from = entry.state;
                entry.decline(kind, rules);
                String why = (kind == AppointmentKind.PERMANENT ? "vaste" : "tijdelijke") + " aanstelling geweigerd"
                        + (reason == null || reason.isBlank() ? "" : ": " + reason.trim())
                        + " (weigering " + entry.declines + ")";
                return lookups.recordChange(entry, subject, "DECLINED_" + kind, from, why)
                        .chain(() -> outbox.record(ReserveLookups.ENTRY_AGGREGATE, entry.id, "OfferDeclined",
                                OfferDeclined.of(entry, reserve.id, kind)))
                        .chain(() -> endedByDeclines(reserve, entry, from))
                        .replaceWith(entry);
            });
        });
    }

    /** The decline that ended the entry says so (ReserveEntryEnded). */
    private Uni<Void> endedByDeclines(Reserve reserve, ReserveEntry entry, EntryState from) {
        if (entry.state != EntryState.ENDED || from == EntryState.ENDED) {
            return Uni.createFrom().voidItem();
        }
        String ended = "aanbod geweigerd: " + entry.declines + " weigeringen, " + rules.declinesKept() + " toegestaan";
        return outbox.record(ReserveLookups.ENTRY_AGGREGATE, entry.id, "ReserveEntryEnded",
                new ReserveEntryEnded(entry.id, reserve.id, entry.vacancyId, entry.applicationId, ended));
    }
}
