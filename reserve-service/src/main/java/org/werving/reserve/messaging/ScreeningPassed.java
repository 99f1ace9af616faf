package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** ScreeningPassed (werving.selection.events): admitted, through which alternative. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScreeningPassed(UUID applicationId, UUID vacancyId, boolean capacityTestRequired, String alternative) {
}
