package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** CandidateDataErased (werving.candidate.events, keyed by application id); reason REQUEST or RETENTION. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateDataErased(UUID applicationId, UUID vacancyId, OffsetDateTime erasedAt, String reason) {
}
