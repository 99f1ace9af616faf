package org.werving.candidate.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The answer to applying: the application as its candidate follows it, plus the secret link token
 * ({@code accessToken}), shown this once and never stored in clear (a retry with the same Idempotency-Key carries none: the first one stays valid).
 */
public record AppliedView(UUID id, UUID vacancyId, String vacancyTitle, String status, OffsetDateTime appliedAt,
        List<ApplicationView.TimelineItem> timeline, String accessToken) {

    public static AppliedView of(ApplicationView view, String accessToken) {
        return new AppliedView(view.id(), view.vacancyId(), view.vacancyTitle(), view.status(), view.appliedAt(),
                view.timeline(), accessToken);
    }
}
