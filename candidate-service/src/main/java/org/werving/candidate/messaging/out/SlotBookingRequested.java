package org.werving.candidate.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The candidate asked, through self-service, for a seat in a time slot of a stage;
 * selection-service books it and answers with InterviewScheduled (or not, when the slot is full).
 */
public record SlotBookingRequested(UUID applicationId, UUID vacancyId, int stageOrder, UUID slotId,
        OffsetDateTime requestedAt) {
    public static final String TYPE = "SlotBookingRequested";
}
