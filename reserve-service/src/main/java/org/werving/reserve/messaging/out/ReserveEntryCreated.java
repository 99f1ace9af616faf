package org.werving.reserve.messaging.out;

import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.util.UUID;

/** ReserveEntryCreated (werving.reserve.events), keyed by entry id. */
public record ReserveEntryCreated(UUID entryId, UUID vacancyId, UUID applicationId, ReserveType reserveType,
        double finalScore, LocalDate validUntil) {

    public static ReserveEntryCreated of(ReserveEntry e) {
        return new ReserveEntryCreated(e.id, e.vacancyId, e.applicationId, e.reserveType, e.finalScore, e.validUntil);
    }
}
