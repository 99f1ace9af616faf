package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One way to be admitted: every condition in it must hold. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alternative(String label, List<Condition> conditions) {
    public List<Condition> conditionsOrEmpty() {
        return conditions == null ? List.of() : conditions;
    }
}
