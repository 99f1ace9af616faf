package org.werving.vacancy.model;

public enum StageType {
    SPEED_INTERVIEW, COMBINED_TEST, INTERVIEW, WRITTEN_TEST, PRACTICAL_TEST
}
