package org.werving.vacancy.model;

public enum ConditionType {
    DIPLOMA, RELEVANT_EXPERIENCE, CAPACITY_TEST
}
