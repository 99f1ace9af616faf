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

/**
 * The reserve aggregate: one per vacancy and reserve type. Valid from {@code startsOn} (the close of
 * the procedure: the day its first laureate arrived) through {@code validUntil} (inclusive).
 */
@Entity
@Table(name = "reserve")
public class Reserve extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "reserve_type")
    public ReserveType reserveType;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** true once HR extended it: a later VacancyPublished no longer recomputes the validity */
    public boolean extended;
    @Enumerated(EnumType.STRING)
    public ReserveState state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expired_at")
    public OffsetDateTime expiredAt;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_reason")
    public String endReason;
    @Column(name = "end_decision_reference")
    public String endDecisionReference;
    @Column(name = "end_decision_date")
    public LocalDate endDecisionDate;

    /** Expired when the job said so, or as soon as its last valid day has passed. */
    public boolean expiredOn(LocalDate today) {
        return state == ReserveState.EXPIRED || (state != ReserveState.ENDED && today.isAfter(validUntil));
    }

    /** Ended early by HR's decision. */
    public boolean ended() {
        return state == ReserveState.ENDED;
    }

    /**
     * Ends the reserve by HR's decision, from today on: nobody is appointed from it any more. Only an
     * active reserve can end; the caller checks that.
     */
    public void end(LocalDate today, OffsetDateTime at, String by, String reason, String decisionReference,
            LocalDate decisionDate) {
        state = ReserveState.ENDED;
        endedOn = today;
        endedAt = at;
        endedBy = by;
        endReason = reason;
        endDecisionReference = decisionReference;
        endDecisionDate = decisionDate;
    }

    /** A new active reserve of a vacancy and type, valid from {@code startsOn} for the vacancy's months. */
    public static Reserve open(UUID vacancyId, ReserveType type, LocalDate startsOn, Integer months, OffsetDateTime at) {
        Reserve reserve = new Reserve();
        reserve.id = UUID.randomUUID();
        reserve.vacancyId = vacancyId;
        reserve.reserveType = type;
        reserve.createdAt = at;
        reserve.startsOn = startsOn;
        reserve.validUntil = ReserveValidity.validUntil(startsOn, months);
        reserve.state = ReserveState.ACTIVE;
        return reserve;
    }

    /** Its validity still follows the vacancy's reserve plan: active and never extended by HR. */
    public boolean followsPlan() {
        return !extended && state == ReserveState.ACTIVE;
    }

    /** The procedure closed on {@code startsOn}: valid from then for the vacancy's months. */
    public void startOn(LocalDate startsOn, Integer months) {
        this.startsOn = startsOn;
        this.validUntil = ReserveValidity.validUntil(startsOn, months);
    }

    /** The vacancy's reserve plan changed: valid for that many months from its start. */
    public void followPlan(int months) {
        validUntil = ReserveValidity.validUntil(startsOn, months);
    }

    /** HR extended it until {@code until}: the plan no longer changes its validity. */
    public void extendUntil(LocalDate until) {
        validUntil = until;
        extended = true;
    }
}
