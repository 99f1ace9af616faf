package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One admission condition as the vacancy published it. The type is kept as text so that a
 * condition type this service does not know yet (the vacancy issue adds contract, seniority,
 * current level, ...) is stored unchanged; {@link #kind()} reads it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Condition(String type, String level, Integer minMonths) {

    public ConditionType kind() {
        return ConditionType.of(type);
    }
}
