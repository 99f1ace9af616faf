package org.werving.candidate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** The moment (time slot) a candidate holds for a stage, as selection-service announced it. */
@Entity
@Table(name = "booked_moment")
@IdClass(BookedMoment.Key.class)
public class BookedMoment {
    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Id
    @Column(name = "stage_order")
    public int stageOrder;
    @Column(name = "stage_name")
    public String stageName;
    @Column(name = "slot_id")
    public UUID slotId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    public String place;
    @Column(name = "meeting_link")
    public String meetingLink;
    @Column(name = "booked_at")
    public OffsetDateTime bookedAt;

    public OffsetDateTime endsAt() {
        return startsAt == null ? null : startsAt.plusMinutes(durationMinutes);
    }

    public static class Key implements Serializable {
        public UUID applicationId;
        public int stageOrder;

        public Key() {
        }

        public Key(UUID applicationId, int stageOrder) {
            this.applicationId = applicationId;
            this.stageOrder = stageOrder;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && stageOrder == k.stageOrder && Objects.equals(applicationId, k.applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, stageOrder);
        }
    }
}
