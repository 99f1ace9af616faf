package org.werving.candidate.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The other events candidate-service publishes: ids only, never personal data. */
public final class CandidateEvents {
    private CandidateEvents() {
    }

    /** The candidate withdrew; the other services stop the procedure for this application. */
    public record ApplicationWithdrawn(UUID applicationId, UUID vacancyId, OffsetDateTime withdrawnAt) {
        public static final String TYPE = "ApplicationWithdrawn";
    }

    /**
     * The candidate's personal data was erased here (on request or at the end of retention); every
     * service drops whatever it may hold about this application beyond anonymous counts.
     *
     * @param reason REQUEST or RETENTION
     */
    public record CandidateDataErased(UUID applicationId, UUID vacancyId, OffsetDateTime erasedAt, String reason) {
        public static final String TYPE = "CandidateDataErased";
    }

    /**
     * The candidate asked, through self-service, for a seat in a time slot of a stage;
     * selection-service books it and answers with InterviewScheduled (or not, when the slot is full).
     */
    public record SlotBookingRequested(UUID applicationId, UUID vacancyId, int stageOrder, UUID slotId,
            OffsetDateTime requestedAt) {
        public static final String TYPE = "SlotBookingRequested";
    }
}
