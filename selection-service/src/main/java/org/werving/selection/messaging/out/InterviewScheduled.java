package org.werving.selection.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate booked (or HR booked for them) a time slot of a stage. */
public record InterviewScheduled(UUID applicationId, UUID vacancyId, int stageOrder, String stageName, UUID slotId,
        OffsetDateTime startsAt, int durationMinutes, String meetingLink, String place) {
}
