package org.werving.selection.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Published on werving.selection.events (docs/events.md). */
public record CapacityTestRecorded(UUID applicationId, UUID vacancyId, boolean passed, BigDecimal score,
        LocalDate takenOn, String provider) {
}
