package org.werving.vacancy.model;

/**
 * One admission condition. {@code type} says which of the other fields apply:
 * <ul>
 * <li>DIPLOMA: {@code level} = the level the diploma must give access to (e.g. "B": bachelor or equivalent)</li>
 * <li>RELEVANT_EXPERIENCE: {@code minMonths}</li>
 * <li>CAPACITY_TEST: passing the level and capacity test (no other field)</li>
 * </ul>
 * The vacancy issue extends this list (contract, seniority, current level, driving licence).
 */
public record Condition(ConditionType type, String level, Integer minMonths) {
}
