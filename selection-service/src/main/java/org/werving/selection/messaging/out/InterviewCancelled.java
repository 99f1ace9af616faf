package org.werving.selection.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/** HR cancelled the candidate's booked moment; the seat is free and the candidate may choose another. */
public record InterviewCancelled(UUID applicationId, UUID vacancyId, int stageOrder, String stageName, UUID slotId,
        OffsetDateTime startsAt, String reason, String cancelledBy) {
}
