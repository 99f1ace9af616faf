package org.werving.candidate.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * All data held about a candidate for one application (right of access; HR's view of the personal data).
 * Seniority in months: {@code levelSeniorityMonths}, {@code gradeSeniorityMonths} and {@code serviceSeniorityMonths}
 * were earned with this employer (stad or OCMW); the {@code ...OtherLocalGovernmentMonths} ones at another local
 * government (null: not declared).
 */
public record CandidateData(UUID id, UUID vacancyId, String vacancyTitle, String status, OffsetDateTime appliedAt,
        String firstName, String lastName, String email, String phone, String street, String postalCode, String city,
        boolean internal, String diploma, String diplomaLevel, Boolean diplomaGivesAccessToB,
        int relevantExperienceMonths, String experienceDescription, String contractType, String currentLevel,
        String currentGrade, Integer levelSeniorityMonths, Integer gradeSeniorityMonths, Integer serviceSeniorityMonths,
        Integer levelSeniorityOtherLocalGovernmentMonths, Integer gradeSeniorityOtherLocalGovernmentMonths,
        Integer serviceSeniorityOtherLocalGovernmentMonths, Boolean drivingLicence, String motivation, String privacyStatementVersion, OffsetDateTime consentAt,
        OffsetDateTime withdrawnAt, OffsetDateTime erasedAt, List<DocumentView> documents,
        List<ApplicationView.TimelineItem> timeline) {

    public record DocumentView(UUID id, String kind, String fileName, String mediaType, int sizeBytes,
            OffsetDateTime uploadedAt) {
    }
}
