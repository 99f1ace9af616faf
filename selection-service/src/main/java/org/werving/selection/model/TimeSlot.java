package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A time slot of a stage: start, duration, meeting link or place, capacity and how many booked it. */
@Entity
@Table(name = "time_slot")
public class TimeSlot {
    @Id
    public UUID id;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "stage_order")
    public int stageOrder;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "meeting_link")
    public String meetingLink;
    public String place;
    public int capacity;
    public int booked;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
