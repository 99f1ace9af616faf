package org.werving.selection.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The candidate cancelled their booked moment of a stage through self-service
 * (SlotBookingCancellationRequested): the seat is free again; {@code startsAt} is the moment given up.
 */
public record SlotBookingCancelled(UUID applicationId, UUID vacancyId, int stageOrder, String stageName, UUID slotId,
        OffsetDateTime startsAt, OffsetDateTime cancelledAt) {
}
