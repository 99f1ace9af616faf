package org.werving.candidate.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An application as its candidate follows it: where it stands, what happened (oldest first) and the
 * moment booked per stage (which the candidate may move or cancel while it lies ahead).
 */
public record ApplicationView(UUID id, UUID vacancyId, String vacancyTitle, String status, OffsetDateTime appliedAt,
        List<TimelineItem> timeline, List<BookingItem> bookings) {

    public record TimelineItem(OffsetDateTime at, String type, String text) {
    }

    /** A booked moment: its stage, the slot, when it starts and ends, and where (a place or a meeting link). */
    public record BookingItem(int stageOrder, String stageName, UUID slotId, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String place, String meetingLink) {
    }
}
