package org.werving.reserve.messaging.out;

import java.util.UUID;

/** ReserveEntryEnded (werving.reserve.events), keyed by entry id: the laureate is off the reserve by the decline rule. */
public record ReserveEntryEnded(UUID entryId, UUID reserveId, UUID vacancyId, UUID applicationId, String reason) {
}
