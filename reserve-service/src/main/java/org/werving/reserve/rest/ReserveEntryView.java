package org.werving.reserve.rest;

import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.util.UUID;

/** A reserve entry as HR sees it; {@code rank} counts from 1 within its reserve type. */
public record ReserveEntryView(UUID entryId, UUID vacancyId, UUID applicationId, ReserveType reserveType, int rank,
        double finalScore, LocalDate validUntil, EntryState state) {
}
