package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of the jury of one stage, identified by their token subject. */
@Entity
@Table(name = "jury_member")
public class JuryMember {
    @Id
    public UUID id;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "stage_order")
    public int stageOrder;
    public String subject;
    public boolean external;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
}
