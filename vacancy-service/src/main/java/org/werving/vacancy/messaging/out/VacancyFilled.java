package org.werving.vacancy.messaging.out;

import org.werving.vacancy.model.Vacancy;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A closed vacancy's seats are taken (the last permanent appointment, or HR says so). */
public record VacancyFilled(UUID vacancyId, OffsetDateTime filledAt, int seats, int seatsFilled, String filledBy,
        String reason) {
    public static final String TYPE = "VacancyFilled";

    public static VacancyFilled of(Vacancy vacancy, OffsetDateTime filledAt, String filledBy, String reason) {
        return new VacancyFilled(vacancy.id, filledAt, vacancy.seats, vacancy.seatsFilled, filledBy, reason);
    }
}
