package org.werving.candidate.messaging.out;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The candidate's personal data was erased here (on request or at the end of retention); every
 * service drops whatever it may hold about this application beyond anonymous counts.
 *
 * @param reason REQUEST or RETENTION
 */
public record CandidateDataErased(UUID applicationId, UUID vacancyId, OffsetDateTime erasedAt, String reason) {
    public static final String TYPE = "CandidateDataErased";
}
