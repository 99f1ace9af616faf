package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** CandidateEliminated (werving.selection.events): {@code stage} a stage name or CAPACITY_TEST; {@code cause} BELOW_PASS_MARK, OUTSIDE_TOP_N or CAPACITY_TEST. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateEliminated(UUID applicationId, UUID vacancyId, String stage, String cause) {
}
