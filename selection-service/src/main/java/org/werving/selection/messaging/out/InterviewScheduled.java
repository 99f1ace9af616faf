package org.werving.selection.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A candidate booked (or HR booked for them) a time slot of a stage. When the candidate moved an earlier
 * booking of the stage, {@code previousSlotId} and {@code previousStartsAt} name the moment given up
 * (its seat is free again); both are null for a first booking.
 */
public record InterviewScheduled(UUID applicationId, UUID vacancyId, int stageOrder, String stageName, UUID slotId,
        OffsetDateTime startsAt, int durationMinutes, String meetingLink, String place, UUID previousSlotId,
        OffsetDateTime previousStartsAt) {
}
