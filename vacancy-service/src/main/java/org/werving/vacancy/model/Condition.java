package org.werving.vacancy.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One admission condition. {@code type} says which of the other fields apply (unused fields are null
 * and left out of the JSON):
 * <ul>
 * <li>DIPLOMA: {@code level} the diploma must give access to (e.g. "B")</li>
 * <li>RELEVANT_EXPERIENCE: {@code minMonths}</li>
 * <li>CAPACITY_TEST: no other field</li>
 * <li>CONTRACT_TYPE: {@code contractType} (e.g. INDEFINITE)</li>
 * <li>LEVEL_SENIORITY, GRADE_SENIORITY: {@code minMonths}, {@code level} or {@code grades} (e.g. ["D4","D5"]), {@code scope}</li>
 * <li>SERVICE_SENIORITY: {@code minMonths}, {@code scope}</li>
 * <li>CURRENT_LEVEL_AT_LEAST: {@code level}, {@code scope}</li>
 * <li>DRIVING_LICENCE: {@code licenceCategory} (e.g. "B")</li>
 * </ul>
 * The JSON names {@code type}, {@code level} and {@code minMonths} are read by selection-service; they keep their meaning.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(ConditionType type, String level, Integer minMonths, List<String> grades, SeniorityScope scope,
        ContractType contractType, String licenceCategory) {

    public Condition(ConditionType type, String level, Integer minMonths) {
        this(type, level, minMonths, null, null, null, null);
    }
}
