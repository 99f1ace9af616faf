package org.werving.vacancy.model;

/**
 * The kinds of admission condition. Which fields of {@link Condition} each one uses is listed there;
 * {@link org.werving.vacancy.service.PublicationCheck} enforces it when a vacancy is published.
 */
public enum ConditionType {
    /** diploma giving access to {@code level} (e.g. B: bachelor or an equivalent of annex 2). */
    DIPLOMA,
    /** at least {@code minMonths} of relevant work experience. */
    RELEVANT_EXPERIENCE,
    /** passing the level and capacity test. */
    CAPACITY_TEST,
    /** the candidate's current contract is of {@code contractType} (internal track). */
    CONTRACT_TYPE,
    /** at least {@code minMonths} of level seniority at {@code level} (or at one of {@code grades}), earned within {@code scope}. */
    LEVEL_SENIORITY,
    /** at least {@code minMonths} of grade seniority at {@code level} (or one of {@code grades}), within {@code scope}. */
    GRADE_SENIORITY,
    /** at least {@code minMonths} of service seniority within {@code scope}. */
    SERVICE_SENIORITY,
    /** currently employed at {@code level} or higher (A highest, E lowest), within {@code scope}. */
    CURRENT_LEVEL_AT_LEAST,
    /** holding a driving licence of {@code licenceCategory} (e.g. B). */
    DRIVING_LICENCE
}
