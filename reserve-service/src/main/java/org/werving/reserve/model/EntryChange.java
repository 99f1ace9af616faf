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

    /** A line of an entry's history; the reason is cut at the 500 characters the column holds. */
    public static EntryChange of(ReserveEntry entry, String subject, String action, EntryState from, String reason,
            OffsetDateTime at) {
        EntryChange change = new EntryChange();
        change.id = UUID.randomUUID();
        change.entryId = entry.id;
        change.changedAt = at;
        change.changedBy = subject;
        change.action = action;
        change.fromState = from == null ? null : from.name();
        change.toState = entry.state.name();
        change.reason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        return change;
    }

    /** Drops the free text HR gave with a declined offer (personal data), keeping the count. */
    public void eraseDeclineText() {
        if (action.startsWith("DECLINED_") && reason != null) {
            reason = reason.replaceFirst("(?s): .*( \\(weigering [0-9]+\\))$", "$1");
        }
    }
}
