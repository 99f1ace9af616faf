package org.werving.vacancy.messaging.out;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * HR amended a published (or closed) vacancy: what changed ({@code admission}, {@code stages},
 * {@code applicationDeadline}), who, why, and the vacancy as it now stands.
 */
public record VacancyAmended(UUID vacancyId, OffsetDateTime amendedAt, String amendedBy, String reason,
        List<String> changed, VacancySnapshot vacancy) {
    public static final String TYPE = "VacancyAmended";
}
