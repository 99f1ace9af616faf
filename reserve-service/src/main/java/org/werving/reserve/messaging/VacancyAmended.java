package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** VacancyAmended (werving.vacancy.events): the vacancy's full public view after HR's amendment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VacancyAmended(UUID vacancyId, VacancyPublished vacancy) {
}
