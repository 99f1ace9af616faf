package org.werving.reserve.messaging.out;

import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.util.UUID;

/** ReserveExtended (werving.reserve.events), keyed by reserve id. */
public record ReserveExtended(UUID reserveId, UUID vacancyId, ReserveType reserveType, String decisionReference,
        LocalDate decisionDate, LocalDate previousValidUntil, LocalDate validUntil) {
}
