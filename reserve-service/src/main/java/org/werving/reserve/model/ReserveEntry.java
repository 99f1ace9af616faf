package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A laureate on a vacancy's recruitment or promotion reserve; at most one per application. */
@Entity
@Table(name = "reserve_entry")
public class ReserveEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "reserve_id")
    public UUID reserveId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "reserve_type")
    public ReserveType reserveType;
    @Column(name = "final_score")
    public double finalScore;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    public EntryState state;
    /** rank in the procedure's final ranking (SelectionCompleted), which applies the procedure's tie rule */
    @Column(name = "procedure_rank")
    public Integer procedureRank;
    /** declines that count under the rules */
    public int declines;
    /** end of the current temporary appointment, if any */
    @Column(name = "temporary_until")
    public LocalDate temporaryUntil;
    /** two HR officers appointing the same laureate at once: the second gets a conflict */
    @Version
    public int version;

    /** A laureate placed on {@code reserve} (ACTIVE, valid as long as the reserve). */
    public static ReserveEntry place(Reserve reserve, UUID applicationId, double score, Integer procedureRank,
            OffsetDateTime at) {
        ReserveEntry entry = new ReserveEntry();
        entry.id = UUID.randomUUID();
        entry.reserveId = reserve.id;
        entry.vacancyId = reserve.vacancyId;
        entry.applicationId = applicationId;
        entry.reserveType = reserve.reserveType;
        entry.finalScore = score;
        entry.procedureRank = procedureRank;
        entry.createdAt = at;
        entry.validUntil = reserve.validUntil;
        entry.state = EntryState.ACTIVE;
        return entry;
    }

    /** Still on the reserve: active, or temporarily appointed. */
    public boolean onReserve() {
        return state == EntryState.ACTIVE || state == EntryState.TEMPORARILY_APPOINTED;
    }

    /** The candidate withdrew: the entry ends. Only an entry still on the reserve; the caller checks that. */
    public void withdraw() {
        state = EntryState.ENDED;
    }

    /** Appointed: the rules say the new state; a temporary appointment runs until {@code endDate}. */
    public void appoint(AppointmentKind kind, LocalDate endDate, ReserveRules rules) {
        state = rules.afterAppointment(kind);
        temporaryUntil = kind == AppointmentKind.TEMPORARY ? endDate : null;
    }

    /** An offer declined: counted (or not) under the rules; too many declines end the entry. */
    public void decline(AppointmentKind kind, ReserveRules rules) {
        EntryState from = state;
        if (rules.declineCounts(kind)) {
            declines++;
        }
        state = rules.afterDecline(from, declines);
    }
}
