package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One admission condition as the vacancy published it. The type is kept as text so that a
 * condition type this service does not know yet is stored unchanged; {@link #kind()} reads it.
 * Fields per type, named as vacancy-service publishes them (docs/asyncapi.yaml, Condition; checked by
 * deploy/k8s-tests' ConsumerCopiesTest): DIPLOMA {level}; RELEVANT_EXPERIENCE {minMonths};
 * CONTRACT_TYPE {contractType}; LEVEL_SENIORITY / GRADE_SENIORITY {minMonths, level or grades, scope};
 * SERVICE_SENIORITY {minMonths, scope}; CURRENT_LEVEL_AT_LEAST {level, scope}; DRIVING_LICENCE
 * {licenceCategory}. The type names of the selection issue (CONTRACT, CURRENT_LEVEL) are read too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Condition(String type, String level, Integer minMonths, List<String> grades, String scope,
        String contractType, String licenceCategory) {

    public Condition(String type, String level, Integer minMonths) {
        this(type, level, minMonths, null, null, null, null);
    }

    public ConditionType kind() {
        return ConditionType.of(type);
    }

    public String requiredContract() {
        return contractType;
    }

    public String requiredLicence() {
        return licenceCategory == null || licenceCategory.isBlank() ? "B" : licenceCategory;
    }
}
