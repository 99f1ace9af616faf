package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One candidate's booking of a time slot for a stage. */
@Entity
@Table(name = "slot_booking")
public class SlotBooking {
    @Id
    public UUID id;
    @Column(name = "slot_id")
    public UUID slotId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "stage_order")
    public int stageOrder;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "booked_at")
    public OffsetDateTime bookedAt;
}
