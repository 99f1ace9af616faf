package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** CandidateApplied (werving.candidate.events): the dashboard's applied count, period and route. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateApplied(UUID applicationId, UUID vacancyId, java.time.OffsetDateTime appliedAt, Boolean internal) {
}
