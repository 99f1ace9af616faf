package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** SelectionPassed (werving.selection.events): a laureate, to be put on the reserve. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelectionPassed(UUID applicationId, UUID vacancyId, Double finalScore, Boolean internal,
        String reserveType) {
}
