package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An appointment of a laureate from a reserve. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "reserve_id")
    public UUID reserveId;
    @Column(name = "entry_id")
    public UUID entryId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    public AppointmentKind kind;
    public String team;
    @Column(name = "start_date")
    public LocalDate startDate;
    /** only for a temporary appointment */
    @Column(name = "end_date")
    public LocalDate endDate;
    /** why: the replacement (illness, maternity leave, ...) */
    public String reason;
    @Column(name = "appointed_by")
    public String appointedBy;
    @Column(name = "appointed_at")
    public OffsetDateTime appointedAt;

    /** An appointment of {@code entry}; a permanent one has no end date, a blank reason is none. */
    public static Appointment of(ReserveEntry entry, AppointmentKind kind, String team, LocalDate startDate,
            LocalDate endDate, String reason, String by, OffsetDateTime at) {
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.reserveId = entry.reserveId;
        appointment.entryId = entry.id;
        appointment.vacancyId = entry.vacancyId;
        appointment.applicationId = entry.applicationId;
        appointment.kind = kind;
        appointment.team = team.trim();
        appointment.startDate = startDate;
        appointment.endDate = kind == AppointmentKind.TEMPORARY ? endDate : null;
        appointment.reason = reason == null || reason.isBlank() ? null : reason.trim();
        appointment.appointedBy = by;
        appointment.appointedAt = at;
        return appointment;
    }

    /** The history's wording of this appointment, in Dutch. */
    public String describe() {
        return (kind == AppointmentKind.PERMANENT ? "vaste aanstelling" : "tijdelijke aanstelling") + " in " + team
                + " vanaf " + startDate + (endDate != null ? " tot " + endDate : "") + (reason != null ? ": " + reason : "");
    }
}
