package org.werving.selection.model;

public enum ConditionType {
    DIPLOMA, RELEVANT_EXPERIENCE, CAPACITY_TEST, CONTRACT_TYPE, LEVEL_SENIORITY, GRADE_SENIORITY, SERVICE_SENIORITY,
    CURRENT_LEVEL_AT_LEAST, DRIVING_LICENCE,
    /** A type this service cannot check automatically (yet). */
    UNKNOWN;

    public static ConditionType of(String type) {
        if (type == null) {
            return UNKNOWN;
        }
        String name = type.trim().toUpperCase(java.util.Locale.ROOT);
        switch (name) {
            case "CONTRACT":
                return CONTRACT_TYPE;
            case "CURRENT_LEVEL":
                return CURRENT_LEVEL_AT_LEAST;
            default:
                try {
                    return valueOf(name);
                } catch (IllegalArgumentException e) {
                    return UNKNOWN;
                }
        }
    }
}
