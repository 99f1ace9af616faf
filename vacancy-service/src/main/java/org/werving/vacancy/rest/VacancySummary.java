package org.werving.vacancy.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of the public vacancy list. */
public record VacancySummary(UUID id, String reference, String title, String directorate, String team, String level,
        String salaryScale, String status, OffsetDateTime applicationDeadline, List<String> workDomains,
        String contractType) {
}
