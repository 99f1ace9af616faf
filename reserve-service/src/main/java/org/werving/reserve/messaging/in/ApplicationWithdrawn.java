package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** ApplicationWithdrawn (werving.candidate.events, keyed by application id). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationWithdrawn(UUID applicationId, UUID vacancyId, OffsetDateTime withdrawnAt) {
}
