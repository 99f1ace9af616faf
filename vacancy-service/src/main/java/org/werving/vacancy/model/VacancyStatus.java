package org.werving.vacancy.model;

public enum VacancyStatus {
    DRAFT, PUBLISHED, CLOSED
}
