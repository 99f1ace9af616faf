package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the candidate declared that screening needs: the highest level their diploma gives
 * access to ("A".."E", null = no diploma), months of relevant work experience, and for internal
 * candidates their contract, current level and grade, level/grade/service seniority in months and
 * whether they hold a driving licence (B).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateFacts(String diplomaLevel, Integer relevantExperienceMonths, String contractType,
        String currentLevel, String currentGrade, Integer levelSeniorityMonths, Integer gradeSeniorityMonths,
        Integer serviceSeniorityMonths, Boolean drivingLicence) {
    public static final CandidateFacts NONE = new CandidateFacts(null, 0);

    public CandidateFacts(String diplomaLevel, Integer relevantExperienceMonths) {
        this(diplomaLevel, relevantExperienceMonths, null, null, null, null, null, null, null);
    }
}
