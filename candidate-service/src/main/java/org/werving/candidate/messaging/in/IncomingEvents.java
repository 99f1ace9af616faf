package org.werving.candidate.messaging.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The fields this service reads from the events it consumes (docs/events.md); every other field
 * is ignored.
 */
public final class IncomingEvents {
    private IncomingEvents() {
    }

    public record VacancyPublished(UUID id, String title, OffsetDateTime applicationDeadline, OffsetDateTime publishedAt) {
    }

    public record VacancyClosed(UUID vacancyId, OffsetDateTime closedAt, String reason) {
    }

    public record ScreeningPassed(UUID applicationId, UUID vacancyId, Boolean capacityTestRequired, String alternative,
            String motivation) {
    }

    public record ScreeningFailed(UUID applicationId, UUID vacancyId, String motivation, List<String> reasons) {
    }

    public record CapacityTestRecorded(UUID applicationId, UUID vacancyId, Boolean passed, BigDecimal score) {
    }

    /** {@code competencyScores}: the candidate's mean /100 per competency the stage measured (may be absent). */
    public record InterviewScored(UUID applicationId, UUID vacancyId, Integer stageOrder, String stageType,
            String stageName, BigDecimal score, BigDecimal passMark, Boolean passed, Boolean finalStage,
            List<CompetencyScore> competencyScores, String outcome, String motivation) {
        /** Cut by a top-N although at or above the pass mark: out, not "geslaagd". */
        public boolean cutAbovePassMark() {
            return "ELIMINATED".equals(outcome) && Boolean.TRUE.equals(passed);
        }
    }

    public record CompetencyScore(String competency, BigDecimal score) {
    }

    public record CandidateEliminated(UUID applicationId, UUID vacancyId, String stage, String motivation, String cause) {
    }

    public record SelectionPassed(UUID applicationId, UUID vacancyId, BigDecimal finalScore, Boolean internal,
            String reserveType) {
    }

    public record ReserveEntryCreated(UUID entryId, UUID vacancyId, UUID applicationId, String reserveType,
            BigDecimal finalScore, LocalDate validUntil) {
    }

    /** VacancyAmended: only the amended vacancy's title and deadline matter here. */
    public record VacancyAmended(UUID vacancyId, OffsetDateTime amendedAt, VacancyView vacancy) {
        public record VacancyView(UUID id, String title, String status, OffsetDateTime applicationDeadline) {
        }
    }

    /** {@code previousSlotId}/{@code previousStartsAt}: the moment given up when the candidate moved; else null. */
    public record InterviewScheduled(UUID applicationId, UUID vacancyId, Integer stageOrder, String stageName, UUID slotId,
            OffsetDateTime startsAt, Integer durationMinutes, String meetingLink, String place, UUID previousSlotId,
            OffsetDateTime previousStartsAt) {
        public boolean moved() {
            return previousSlotId != null;
        }
    }

    public record ReserveExtended(UUID reserveId, UUID vacancyId, String reserveType, String decisionReference,
            LocalDate decisionDate, LocalDate previousValidUntil, LocalDate validUntil) {
    }

    public record ReserveExpired(UUID reserveId, UUID vacancyId, String reserveType, LocalDate validUntil,
            OffsetDateTime expiredAt) {
    }

    public record ReserveEnded(UUID reserveId, UUID vacancyId, String reserveType, LocalDate endedOn,
            LocalDate validUntil, String reason, String decisionReference, LocalDate decisionDate,
            OffsetDateTime endedAt) {
    }

    public record CandidateAppointed(UUID appointmentId, UUID vacancyId, UUID applicationId, UUID entryId, UUID reserveId,
            String kind, String team, LocalDate startDate, LocalDate endDate, String reason) {
    }

    public record InterviewCancelled(UUID applicationId, UUID vacancyId, Integer stageOrder, String stageName, UUID slotId,
            OffsetDateTime startsAt, String reason) {
    }

    public record SlotBookingRefused(UUID applicationId, UUID vacancyId, Integer stageOrder, UUID slotId, String reason,
            String detail) {
    }

    /** The candidate gave up their moment (SlotBookingCancellationRequested): {@code startsAt} is that moment. */
    public record SlotBookingCancelled(UUID applicationId, UUID vacancyId, Integer stageOrder, String stageName,
            UUID slotId, OffsetDateTime startsAt, OffsetDateTime cancelledAt) {
    }

    public record SlotBookingCancellationRefused(UUID applicationId, UUID vacancyId, Integer stageOrder, String reason,
            String detail) {
    }
}
