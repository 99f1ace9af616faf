package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One state change of a candidacy with its motivation: the audit trail. */
@Entity
@Table(name = "decision")
public class Decision {
    @Id
    public UUID id;
    /** Write order, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "application_id")
    public UUID applicationId;
    public OffsetDateTime at;
    @Enumerated(EnumType.STRING)
    public DecisionKind kind;
    /** The state the candidacy is in after this decision. */
    @Enumerated(EnumType.STRING)
    public CandidacyStatus status;
    public String motivation;
    /** Token subject of the staff member who decided, or "system" for an automatic decision. */
    @Column(name = "decided_by")
    public String decidedBy;
}
