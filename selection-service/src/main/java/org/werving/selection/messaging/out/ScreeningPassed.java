package org.werving.selection.messaging.out;

import java.util.UUID;

/** Published on werving.selection.events (docs/events.md). */
public record ScreeningPassed(UUID applicationId, UUID vacancyId, boolean capacityTestRequired, String alternative,
        String motivation) {
}
