package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change to a procedure that is not a candidacy's state change: a jury assigned or replaced, a score
 * recorded or corrected, a stage closed, a time slot opened, a seat booked or freed. Written in the
 * transaction of the change and never updated.
 */
@Entity
@Table(name = "procedure_audit")
public class ProcedureAudit {
    @Id
    public UUID id;
    /** Write order, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "stage_order")
    public Integer stageOrder;
    @Column(name = "application_id")
    public UUID applicationId;
    public String action;
    /** Token subject of who did it, or "system". */
    public String actor;
    public OffsetDateTime at;
    public String detail;
}
