package org.werving.candidate.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application as its candidate follows it: where it stands and what happened, oldest first. */
public record ApplicationView(UUID id, UUID vacancyId, String vacancyTitle, String status, OffsetDateTime appliedAt,
        List<TimelineItem> timeline) {

    public record TimelineItem(OffsetDateTime at, String type, String text) {
    }
}
