package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the candidate declared that screening needs: the highest level their diploma gives
 * access to ("A".."E", null = no diploma) and months of relevant work experience.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateFacts(String diplomaLevel, Integer relevantExperienceMonths) {
    public static final CandidateFacts NONE = new CandidateFacts(null, 0);
}
