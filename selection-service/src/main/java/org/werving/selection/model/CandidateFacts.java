package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the candidate declared that screening needs: the highest level their diploma gives
 * access to ("A".."E", null = no diploma), months of relevant work experience, and for internal
 * candidates their contract, current level and grade, level/grade/service seniority in months and
 * whether they hold a driving licence (B).
 *
 * <p>Seniority is declared per scope: {@code levelSeniorityMonths}, {@code gradeSeniorityMonths} and
 * {@code serviceSeniorityMonths} were earned with this employer (stad or OCMW); the
 * {@code ...OtherLocalGovernmentMonths} fields at another local government. A missing number counts as 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateFacts(String diplomaLevel, Integer relevantExperienceMonths, String contractType,
        String currentLevel, String currentGrade, Integer levelSeniorityMonths, Integer gradeSeniorityMonths,
        Integer serviceSeniorityMonths, Boolean drivingLicence, Integer levelSeniorityOtherLocalGovernmentMonths,
        Integer gradeSeniorityOtherLocalGovernmentMonths, Integer serviceSeniorityOtherLocalGovernmentMonths) {
    public static final CandidateFacts NONE = new CandidateFacts(null, 0);

    public CandidateFacts(String diplomaLevel, Integer relevantExperienceMonths) {
        this(diplomaLevel, relevantExperienceMonths, null, null, null, null, null, null, null);
    }

    /** Facts with all seniority earned with this employer. */
    public CandidateFacts(String diplomaLevel, Integer relevantExperienceMonths, String contractType,
            String currentLevel, String currentGrade, Integer levelSeniorityMonths, Integer gradeSeniorityMonths,
            Integer serviceSeniorityMonths, Boolean drivingLicence) {
        this(diplomaLevel, relevantExperienceMonths, contractType, currentLevel, currentGrade, levelSeniorityMonths,
                gradeSeniorityMonths, serviceSeniorityMonths, drivingLicence, null, null, null);
    }

    /** The three kinds of seniority a condition can ask for. */
    public enum SeniorityKind { LEVEL, GRADE, SERVICE }

    /** Months of one kind of seniority, split by where they were earned. */
    public record Seniority(int thisEmployer, int otherLocalGovernment) {
        public int anyLocalGovernment() {
            return thisEmployer + otherLocalGovernment;
        }
    }

    public Seniority seniority(SeniorityKind kind) {
        return switch (kind) {
            case LEVEL -> new Seniority(months(levelSeniorityMonths), months(levelSeniorityOtherLocalGovernmentMonths));
            case GRADE -> new Seniority(months(gradeSeniorityMonths), months(gradeSeniorityOtherLocalGovernmentMonths));
            case SERVICE -> new Seniority(months(serviceSeniorityMonths),
                    months(serviceSeniorityOtherLocalGovernmentMonths));
        };
    }

    private static int months(Integer value) {
        return value == null || value < 0 ? 0 : value;
    }
}
