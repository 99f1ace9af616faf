package org.werving.selection.model;

public enum ConditionType {
    DIPLOMA, RELEVANT_EXPERIENCE, CAPACITY_TEST,
    /** A type this service cannot check automatically (yet). */
    UNKNOWN;

    public static ConditionType of(String type) {
        if (type == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
