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
}
