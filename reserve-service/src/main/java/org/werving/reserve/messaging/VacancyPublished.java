package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The fields of VacancyPublished (werving.vacancy.events) this service keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VacancyPublished(UUID id, String title, String level, String directorate, Integer reserveValidityMonths,
        OffsetDateTime publishedAt) {
}
