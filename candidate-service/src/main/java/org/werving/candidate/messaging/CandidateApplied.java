package org.werving.candidate.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The CandidateApplied event: ids and the admission facts only. Name, e-mail and documents never
 * leave this service.
 */
public record CandidateApplied(UUID applicationId, UUID vacancyId, OffsetDateTime appliedAt, boolean internal, Facts facts) {
    public static final String TYPE = "CandidateApplied";

    /**
     * @param diplomaLevel the highest level the diploma gives access to, A..E, or null
     * @param contractType internal candidates: INDEFINITE, INDEFINITE_WITH_RESOLUTIVE_CONDITION, FIXED_TERM,
     *                     STATUTORY; null for external candidates
     */
    public record Facts(String diplomaLevel, int relevantExperienceMonths, String contractType, String currentLevel,
            String currentGrade, Integer levelSeniorityMonths, Integer gradeSeniorityMonths,
            Integer serviceSeniorityMonths, Boolean drivingLicence) {
    }
}
