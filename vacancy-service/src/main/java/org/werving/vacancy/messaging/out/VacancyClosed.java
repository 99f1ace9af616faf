package org.werving.vacancy.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The vacancy no longer takes applications: closed by HR or by the deadline job. */
public record VacancyClosed(UUID vacancyId, OffsetDateTime closedAt, String reason) {
    public static final String TYPE = "VacancyClosed";
}
