package org.werving.reserve.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reserve the expiry job has just expired: its last valid day and when it expired. */
public record ExpiredReserve(UUID id, UUID vacancyId, ReserveType reserveType, LocalDate validUntil,
        OffsetDateTime expiredAt) {
}
