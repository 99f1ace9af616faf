package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** ScreeningFailed (werving.selection.events): not (or no longer) admitted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScreeningFailed(UUID applicationId, UUID vacancyId) {
}
