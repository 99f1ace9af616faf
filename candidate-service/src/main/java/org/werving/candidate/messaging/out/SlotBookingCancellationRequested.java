package org.werving.candidate.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The candidate asked, through self-service, to give up the moment booked for a stage; selection-service
 * frees the seat and answers with SlotBookingCancelled (or SlotBookingCancellationRefused).
 */
public record SlotBookingCancellationRequested(UUID applicationId, UUID vacancyId, int stageOrder,
        OffsetDateTime requestedAt) {
    public static final String TYPE = "SlotBookingCancellationRequested";
}
