package org.werving.vacancy.model;

/** DRAFT → PUBLISHED → CLOSED (deadline or HR) → FILLED and/or ARCHIVED. */
public enum VacancyStatus {
    DRAFT, PUBLISHED, CLOSED, FILLED, ARCHIVED
}
