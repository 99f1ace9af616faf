package org.werving.selection.messaging.out;

import java.math.BigDecimal;
import java.util.UUID;

/** Published on werving.selection.events (docs/events.md). */
public record Laureate(UUID applicationId, int rank, BigDecimal finalScore, boolean internal, String reserveType) {
}
