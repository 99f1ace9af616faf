package org.werving.vacancy.rest;

import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.Stage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The full view of a vacancy. */
public record VacancyView(UUID id, String reference, String title, String formalTitle, String directorate, String team,
        String level, String salaryScale, String purpose, int seats, String status,
        OffsetDateTime applicationDeadline, Admission admission, List<Stage> stages, int reserveValidityMonths,
        OffsetDateTime publishedAt, OffsetDateTime closedAt) {
}
