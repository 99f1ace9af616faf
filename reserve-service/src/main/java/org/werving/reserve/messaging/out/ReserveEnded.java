package org.werving.reserve.messaging.out;

import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * ReserveEnded (werving.reserve.events), keyed by reserve id: HR ended the reserve before its validity ran out,
 * by a decision with a written motivation; once per reserve.
 */
public record ReserveEnded(UUID reserveId, UUID vacancyId, ReserveType reserveType, LocalDate endedOn,
        LocalDate validUntil, String reason, String decisionReference, LocalDate decisionDate, OffsetDateTime endedAt) {
}
