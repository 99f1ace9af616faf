package org.werving.reserve.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.werving.chassis.problem.ProblemException;
import org.werving.reserve.model.EntryChange;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.repository.EntryChangeRepository;
import org.werving.reserve.repository.ReserveEntryRepository;
import org.werving.reserve.repository.ReserveRepository;

import java.time.LocalDate;
import java.util.UUID;

/** What every HR use case of a reserve starts with: the reserve and the entry (404), still valid (409); and the history. */
@ApplicationScoped
public class ReserveLookups {
    /** The aggregate types of the events about an entry and about a reserve. */
    public static final String ENTRY_AGGREGATE = "reserve-entry";
    public static final String RESERVE_AGGREGATE = "reserve";

    private final ReserveRepository reserves;
    private final ReserveEntryRepository entries;
    private final EntryChangeRepository changes;
    private final CityClock clock;

    public ReserveLookups(ReserveRepository reserves, ReserveEntryRepository entries, EntryChangeRepository changes,
            CityClock clock) {
        this.reserves = reserves;
        this.entries = entries;
        this.changes = changes;
        this.clock = clock;
    }

    public Uni<Reserve> requireReserve(UUID reserveId) {
        return reserves.findById(reserveId).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("reserve", reserveId);
            }
            return r;
        });
    }

    /** The reserve, locked for this transaction: two extensions (or an ending) of one reserve are applied one after the other. */
    public Uni<Reserve> requireReserveForUpdate(UUID reserveId) {
        return reserves.findById(reserveId, LockModeType.PESSIMISTIC_WRITE).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("reserve", reserveId);
            }
            return r;
        });
    }

    /**
     * The entry, locked for this transaction (SELECT ... FOR UPDATE): two HR officers acting on the same
     * laureate at once are served one after the other, the second seeing the first one's result.
     */
    public Uni<ReserveEntry> requireEntry(Reserve reserve, UUID entryId) {
        return entries.findById(entryId, LockModeType.PESSIMISTIC_WRITE).map(e -> {
            if (e == null || !e.reserveId.equals(reserve.id)) {
                throw ProblemException.notFound("reserve entry", entryId);
            }
            return e;
        });
    }

    /** 409 when the reserve was ended by HR or its validity has passed. */
    public static void requireValid(Reserve reserve, LocalDate today) {
        if (reserve.ended()) {
            throw ProblemException.conflict("reserve-ended", "reserve " + reserve.id + " was ended on "
                    + reserve.endedOn + " by decision " + reserve.endDecisionReference + ": " + reserve.endReason);
        }
        if (reserve.expiredOn(today)) {
            throw ProblemException.conflict("reserve-expired", "reserve " + reserve.id + " expired: it was valid until "
                    + reserve.validUntil);
        }
    }

    /** A line of the entry's history: who, what, from which state to its current one, why. */
    public Uni<Void> recordChange(ReserveEntry entry, String subject, String action, EntryState from, String reason) {
        return changes.persist(EntryChange.of(entry, subject, action, from, reason, clock.now())).replaceWithVoid();
    }
}
