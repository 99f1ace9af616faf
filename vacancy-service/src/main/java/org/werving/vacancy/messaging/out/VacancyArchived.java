package org.werving.vacancy.messaging.out;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A closed or filled vacancy was archived: the end of its lifecycle. {@code reason} is left out when HR gave none. */
public record VacancyArchived(UUID vacancyId, OffsetDateTime archivedAt, String previousStatus, String archivedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    public static final String TYPE = "VacancyArchived";

    public static VacancyArchived of(UUID vacancyId, OffsetDateTime archivedAt, String previousStatus, String archivedBy,
            String reason) {
        return new VacancyArchived(vacancyId, archivedAt, previousStatus, archivedBy,
                reason == null || reason.isBlank() ? null : reason);
    }
}
