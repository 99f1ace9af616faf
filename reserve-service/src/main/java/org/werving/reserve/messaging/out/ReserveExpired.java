package org.werving.reserve.messaging.out;

import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** ReserveExpired (werving.reserve.events), keyed by reserve id; published exactly once per reserve. */
public record ReserveExpired(UUID reserveId, UUID vacancyId, ReserveType reserveType, LocalDate validUntil,
        OffsetDateTime expiredAt) {
}
