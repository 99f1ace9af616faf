package org.werving.selection.messaging.out;

import java.util.UUID;

/**
 * A self-service cancellation (SlotBookingCancellationRequested) that could not be made; the booked moment,
 * if any, stays. {@code reason} names the rule ({@code nothing-to-cancel}, {@code stage-closed},
 * {@code moment-started}, {@code candidate-not-in-stage}, {@code not-found}), {@code detail} says it in words.
 */
public record SlotBookingCancellationRefused(UUID applicationId, UUID vacancyId, Integer stageOrder, String reason,
        String detail) {
}
