package org.werving.selection.messaging.out;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The final ranking of a vacancy's procedure, after its last stage closed. */
public record SelectionCompleted(UUID vacancyId, String tieRule, OffsetDateTime completedAt,
        List<Laureate> laureates) {
}
