package org.werving.candidate.model;

/** Whether a vacancy takes applications, as far as the vacancy events tell. */
public enum VacancyStatus {
    OPEN,
    CLOSED
}
