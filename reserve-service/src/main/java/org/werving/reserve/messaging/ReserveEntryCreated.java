package org.werving.reserve.messaging;

import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.util.UUID;

/** ReserveEntryCreated (werving.reserve.events), keyed by entry id. */
public record ReserveEntryCreated(UUID entryId, UUID vacancyId, UUID applicationId, ReserveType reserveType,
        double finalScore, LocalDate validUntil) {
}
