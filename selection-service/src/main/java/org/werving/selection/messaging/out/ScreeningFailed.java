package org.werving.selection.messaging.out;

import java.util.List;
import java.util.UUID;

/** Published on werving.selection.events (docs/events.md). */
public record ScreeningFailed(UUID applicationId, UUID vacancyId, String motivation, List<String> reasons) {
}
