package org.werving.web.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The web's own copy of the shapes candidate-service and selection-service return to a candidate. */
public final class Candidates {
    private Candidates() {
    }

    /** The answer to applying; {@code accessToken} is the secret link token, shown this once. */
    public record Applied(UUID id, UUID vacancyId, String vacancyTitle, String status, OffsetDateTime appliedAt,
            String accessToken) {
        @Override
        public String toString() {
            return "Applied[" + id + ", token hidden]";
        }
    }

    /**
     * The application as its candidate follows it. {@code bookings}: the moment held per stage (CONTRACTS C3);
     * absent (null) from a candidate-service that cannot move or cancel a moment yet.
     */
    public record Application(UUID id, UUID vacancyId, String vacancyTitle, String status, OffsetDateTime appliedAt,
            List<TimelineItem> timeline, List<BookedMoment> bookings) {
    }

    /** A moment the candidate holds: stage, slot, start, end and where (a place, or a meeting link when online). */
    public record BookedMoment(int stageOrder, String stageName, UUID slotId, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String place, String meetingLink) {
    }

    public record TimelineItem(OffsetDateTime at, String type, String text) {
    }

    public record Data(UUID id, String firstName, String lastName, String email, List<Document> documents,
            OffsetDateTime withdrawnAt, OffsetDateTime erasedAt) {
    }

    public record Document(UUID id, String kind, String fileName, String mediaType, int sizeBytes,
            OffsetDateTime uploadedAt) {
    }

    /** A decision letter of candidate-service: its subject and when the decision was taken; the PDF is at its id. */
    public record Letter(UUID id, String kind, String title, OffsetDateTime decidedAt) {
    }

    /** A free seat in a stage's time slot, as selection-service shows it to candidates. */
    public record FreeSlot(UUID id, OffsetDateTime startsAt, int durationMinutes, String place, boolean online, int freeSeats) {
    }

    /** An RFC 9457 problem with the fields at fault. */
    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        public List<FieldError> fieldErrors() {
            return errors == null ? List.of() : errors;
        }
    }

    public record FieldError(String field, String message) {
    }
}
