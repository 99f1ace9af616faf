package org.werving.reserve.rest;

import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reserve entry as HR sees it; {@code rank} counts from 1 within its reserve. {@code declines}
 * counts the declined offers that count under the rules; {@code temporaryUntil} is the end of a
 * current temporary appointment.
 */
public record ReserveEntryView(UUID entryId, UUID reserveId, UUID vacancyId, UUID applicationId, ReserveType reserveType,
        int rank, double finalScore, LocalDate validUntil, EntryState state, int declines, LocalDate temporaryUntil) {
}
