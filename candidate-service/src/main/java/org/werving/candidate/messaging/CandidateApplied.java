package org.werving.candidate.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The CandidateApplied event: ids and the admission facts only. Name, e-mail and documents never
 * leave this service.
 */
public record CandidateApplied(UUID applicationId, UUID vacancyId, OffsetDateTime appliedAt, boolean internal, Facts facts) {
    public static final String TYPE = "CandidateApplied";

    /** @param diplomaLevel the highest level the diploma gives access to, A..E, or null */
    public record Facts(String diplomaLevel, int relevantExperienceMonths) {
    }
}
