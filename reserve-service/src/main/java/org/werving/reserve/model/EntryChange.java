package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit trail of a reserve entry: every change, who made it (token subject), when and why. */
@Entity
@Table(name = "entry_change")
public class EntryChange extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "entry_id")
    public UUID entryId;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    /** CREATED, APPOINTED_PERMANENT, APPOINTED_TEMPORARY, DECLINED_PERMANENT, DECLINED_TEMPORARY, WITHDRAWN, ERASED */
    public String action;
    @Column(name = "from_state")
    public String fromState;
    @Column(name = "to_state")
    public String toState;
    public String reason;
}
