package org.werving.candidate.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The candidate withdrew; the other services stop the procedure for this application. Ids only, no personal data. */
public record ApplicationWithdrawn(UUID applicationId, UUID vacancyId, OffsetDateTime withdrawnAt) {
    public static final String TYPE = "ApplicationWithdrawn";
}
