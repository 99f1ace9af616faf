package org.werving.selection.messaging.out;

import java.util.UUID;

/**
 * A self-service booking or move (SlotBookingRequested) that could not be made; a moment already held
 * stays. {@code reason} names the rule ({@code slot-full}, {@code already-booked}, {@code slot-past},
 * {@code moment-started}, {@code stage-closed}, {@code candidate-not-in-stage}, {@code not-found}),
 * {@code detail} says it in words.
 */
public record SlotBookingRefused(UUID applicationId, UUID vacancyId, Integer stageOrder, UUID slotId, String reason,
        String detail) {
}
