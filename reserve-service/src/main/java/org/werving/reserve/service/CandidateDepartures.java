package org.werving.reserve.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.UnreadableEventException;
import org.werving.reserve.messaging.in.ApplicationWithdrawn;
import org.werving.reserve.messaging.in.CandidateDataErased;
import org.werving.reserve.model.EntryChange;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.WithdrawnApplication;
import org.werving.reserve.repository.EntryChangeRepository;
import org.werving.reserve.repository.ReserveEntryRepository;

/**
 * A candidate leaving (candidate-service's events, inside the inbox's transaction): a withdrawn application
 * leaves its reserve and never lands on one; an erasure leaves ids and scores and removes HR's free text.
 */
@ApplicationScoped
public class CandidateDepartures {
    /** The history's reason when the candidate withdrew. */
    public static final String WITHDRAWN_REASON = "kandidatuur ingetrokken";

    private final ReserveEntryRepository entries;
    private final EntryChangeRepository changes;
    private final ReserveLookups lookups;
    private final CityClock clock;

    public CandidateDepartures(ReserveEntryRepository entries, EntryChangeRepository changes, ReserveLookups lookups,
            CityClock clock) {
        this.entries = entries;
        this.changes = changes;
        this.lookups = lookups;
        this.clock = clock;
    }

    /**
     * ApplicationWithdrawn: the application is remembered as withdrawn (a laureate event arriving later
     * creates no entry); its entry, if any and still available, ends with a history row. An entry already
     * appointed permanently or ended stays as it is. A repeated fact changes nothing.
     */
    public Uni<Void> applicationWithdrawn(ApplicationWithdrawn event) {
        if (event.applicationId() == null) {
            throw new UnreadableEventException("ApplicationWithdrawn without applicationId");
        }
        return WithdrawnApplication.<WithdrawnApplication>findById(event.applicationId()).flatMap(known -> {
            Uni<Void> remembered = Uni.createFrom().voidItem();
            if (known == null) {
                WithdrawnApplication w = new WithdrawnApplication();
                w.applicationId = event.applicationId();
                w.vacancyId = event.vacancyId();
                w.withdrawnAt = event.withdrawnAt() != null ? event.withdrawnAt() : clock.now();
                w.receivedAt = clock.now();
                remembered = w.persist().replaceWithVoid();
            }
            return remembered.chain(() -> entries.findByApplicationForUpdate(event.applicationId())).flatMap(entry -> {
                if (entry == null || !entry.onReserve()) {
                    return Uni.createFrom().voidItem();
                }
                EntryState from = entry.state;
                entry.withdraw();
                return lookups.recordChange(entry, "system", "WITHDRAWN", from, WITHDRAWN_REASON);
            });
        });
    }

    /**
     * CandidateDataErased: the reserve holds no personal data (ids and scores stay, anonymous). The free
     * text HR gave with a declined offer is removed from the entry's history, and the erasure is recorded
     * there once.
     */
    public Uni<Void> candidateDataErased(CandidateDataErased event) {
        if (event.applicationId() == null) {
            throw new UnreadableEventException("CandidateDataErased without applicationId");
        }
        return entries.findByApplicationForUpdate(event.applicationId()).flatMap(entry -> {
            if (entry == null) {
                return Uni.createFrom().voidItem();
            }
            return changes.listByEntry(entry.id).flatMap(history -> {
                history.forEach(EntryChange::eraseDeclineText);
                if (history.stream().anyMatch(c -> "ERASED".equals(c.action))) {
                    return Uni.createFrom().voidItem();
                }
                String why = "persoonsgegevens gewist"
                        + (event.reason() == null || event.reason().isBlank() ? "" : " (" + event.reason().trim() + ")");
                return lookups.recordChange(entry, "system", "ERASED", entry.state, why);
            });
        });
    }
}
