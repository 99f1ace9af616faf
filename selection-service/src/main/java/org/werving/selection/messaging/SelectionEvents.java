package org.werving.selection.messaging;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The payloads this service publishes on werving.selection.events (docs/events.md), keyed by application id. */
public final class SelectionEvents {
    public static final String AGGREGATE = "candidacy";

    private SelectionEvents() {
    }

    public record ScreeningPassed(UUID applicationId, UUID vacancyId, boolean capacityTestRequired, String alternative,
            String motivation) {
    }

    public record ScreeningFailed(UUID applicationId, UUID vacancyId, String motivation, List<String> reasons) {
    }

    public record CapacityTestRecorded(UUID applicationId, UUID vacancyId, boolean passed, BigDecimal score,
            java.time.LocalDate takenOn, String provider) {
    }

    /**
     * {@code competencyScores}: per competency the stage measures, the candidate's mean /100 over the jury
     * (empty when the stage does not score competencies or HR scored the stage directly). Published when
     * the result is final for the candidate (the stage closed, or HR scored a stage without a top-N):
     * {@code outcome} what it means for them (GOES_ON, PASSED_SELECTION, ELIMINATED: a candidate cut by a
     * top-N is ELIMINATED although {@code passed} says they reached the pass mark) and {@code motivation}
     * why, in Dutch, naming no juror.
     */
    public record InterviewScored(UUID applicationId, UUID vacancyId, int stageOrder, String stageType, String stageName,
            BigDecimal score, int passMark, boolean passed, boolean finalStage, List<CompetencyScore> competencyScores,
            String outcome, String motivation) {
    }

    public record CompetencyScore(String competency, BigDecimal score) {
        public static List<CompetencyScore> of(java.util.Map<String, BigDecimal> profile) {
            return profile.entrySet().stream().map(e -> new CompetencyScore(e.getKey(), e.getValue())).toList();
        }
    }

    /**
     * {@code cause}: BELOW_PASS_MARK (a stage score under the pass mark), OUTSIDE_TOP_N (at or above the pass
     * mark but cut by the stage's top-N), CAPACITY_TEST (the level and capacity test not passed).
     */
    public record CandidateEliminated(UUID applicationId, UUID vacancyId, String stage, String motivation,
            String cause) {
    }

    public record SelectionPassed(UUID applicationId, UUID vacancyId, BigDecimal finalScore, boolean internal,
            String reserveType) {
    }

    /** Aggregate type of SelectionCompleted: the procedure of one vacancy (keyed by vacancy id). */
    public static final String PROCEDURE_AGGREGATE = "procedure";

    /** The final ranking of a vacancy's procedure, after its last stage closed. */
    public record SelectionCompleted(UUID vacancyId, String tieRule, java.time.OffsetDateTime completedAt,
            List<Laureate> laureates) {
    }

    public record Laureate(UUID applicationId, int rank, BigDecimal finalScore, boolean internal, String reserveType) {
    }

    /** A candidate booked (or HR booked for them) a time slot of a stage. */
    public record InterviewScheduled(UUID applicationId, UUID vacancyId, int stageOrder, String stageName, UUID slotId,
            java.time.OffsetDateTime startsAt, int durationMinutes, String meetingLink, String place) {
    }

    /** HR cancelled the candidate's booked moment; the seat is free and the candidate may choose another. */
    public record InterviewCancelled(UUID applicationId, UUID vacancyId, int stageOrder, String stageName, UUID slotId,
            java.time.OffsetDateTime startsAt, String reason, String cancelledBy) {
    }

    /**
     * A self-service booking (SlotBookingRequested) that could not be made: {@code reason} names the rule
     * ({@code slot-full}, {@code already-booked}, {@code candidate-not-in-stage}, {@code not-found}),
     * {@code detail} says it in words.
     */
    public record SlotBookingRefused(UUID applicationId, UUID vacancyId, Integer stageOrder, UUID slotId, String reason,
            String detail) {
    }
}
