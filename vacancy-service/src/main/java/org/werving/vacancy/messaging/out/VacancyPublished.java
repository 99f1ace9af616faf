package org.werving.vacancy.messaging.out;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.werving.vacancy.model.Vacancy;

/**
 * A draft was published: the vacancy opens for applications. On the wire the payload is the
 * snapshot's fields themselves ({@code id}, {@code title}, {@code admission}, {@code stages}, ...),
 * not nested, as the consumers read it.
 */
public record VacancyPublished(@JsonUnwrapped VacancySnapshot vacancy) {
    public static final String TYPE = "VacancyPublished";

    public static VacancyPublished of(Vacancy vacancy) {
        return new VacancyPublished(VacancySnapshot.of(vacancy));
    }
}
