package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One admission condition as the vacancy published it. The type is kept as text so that a
 * condition type this service does not know yet is stored unchanged; {@link #kind()} reads it.
 * Fields per type (names as vacancy-service publishes them; the alternative names of the
 * selection issue are read too): DIPLOMA {level}; RELEVANT_EXPERIENCE {minMonths};
 * CONTRACT_TYPE or CONTRACT {contractType or contract}; LEVEL_SENIORITY / GRADE_SENIORITY
 * {minMonths, level or grades, scope}; SERVICE_SENIORITY {minMonths, scope};
 * CURRENT_LEVEL_AT_LEAST or CURRENT_LEVEL {level, scope}; DRIVING_LICENCE {licenceCategory or category}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Condition(String type, String level, Integer minMonths, List<String> grades, String scope,
        String contractType, String contract, String licenceCategory, String category) {

    public Condition(String type, String level, Integer minMonths) {
        this(type, level, minMonths, null, null, null, null, null, null);
    }

    public ConditionType kind() {
        return ConditionType.of(type);
    }

    public String requiredContract() {
        return contractType != null ? contractType : contract;
    }

    public String requiredLicence() {
        String c = licenceCategory != null ? licenceCategory : category;
        return c == null || c.isBlank() ? "B" : c;
    }
}
