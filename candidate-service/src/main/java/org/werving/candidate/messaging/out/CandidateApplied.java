package org.werving.candidate.messaging.out;

import org.werving.candidate.model.Application;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The CandidateApplied event: ids and the admission facts only. Name, e-mail and documents never
 * leave this service.
 */
public record CandidateApplied(UUID applicationId, UUID vacancyId, OffsetDateTime appliedAt, boolean internal, Facts facts) {
    public static final String TYPE = "CandidateApplied";

    /** The event of an accepted application: ids and admission facts, no personal data. */
    public static CandidateApplied of(Application a) {
        return new CandidateApplied(a.id, a.vacancyId, a.appliedAt, a.internal,
                new Facts(a.diplomaLevel, a.relevantExperienceMonths, a.contractType, a.currentLevel,
                        a.currentGrade, a.levelSeniorityMonths, a.gradeSeniorityMonths, a.serviceSeniorityMonths,
                        a.levelSeniorityOtherLocalGovernmentMonths, a.gradeSeniorityOtherLocalGovernmentMonths,
                        a.serviceSeniorityOtherLocalGovernmentMonths, a.drivingLicence));
    }

    /**
     * @param diplomaLevel the highest level the diploma gives access to, A..E, or null
     * @param contractType internal candidates: INDEFINITE, INDEFINITE_WITH_RESOLUTIVE_CONDITION, FIXED_TERM,
     *                     STATUTORY; null for external candidates
     * @param levelSeniorityMonths   niveauanciënniteit in months earned with this employer (stad or OCMW); internal
     *                               candidates, null for external ones
     * @param gradeSeniorityMonths   graadanciënniteit in months earned with this employer (stad or OCMW)
     * @param serviceSeniorityMonths dienstanciënniteit in months earned with this employer (stad or OCMW)
     * @param levelSeniorityOtherLocalGovernmentMonths   niveauanciënniteit in months earned at another local
     *                                                   government (not stad or OCMW); null when not declared
     * @param gradeSeniorityOtherLocalGovernmentMonths   graadanciënniteit at another local government; null when not
     *                                                   declared
     * @param serviceSeniorityOtherLocalGovernmentMonths dienstanciënniteit at another local government; null when not
     *                                                   declared
     */
    public record Facts(String diplomaLevel, int relevantExperienceMonths, String contractType, String currentLevel,
            String currentGrade, Integer levelSeniorityMonths, Integer gradeSeniorityMonths,
            Integer serviceSeniorityMonths, Integer levelSeniorityOtherLocalGovernmentMonths,
            Integer gradeSeniorityOtherLocalGovernmentMonths, Integer serviceSeniorityOtherLocalGovernmentMonths,
            Boolean drivingLicence) {
    }
}
