package org.werving.selection.rest;

import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.Preselection;
import org.werving.selection.model.DecisionKind;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the HR endpoints answer. */
public final class CandidacyViews {
    private CandidacyViews() {
    }

    /** One row of a procedure's list. */
    public record CandidacySummary(UUID applicationId, CandidacyStatus status, Integer currentStage,
            boolean capacityTestRequired, Preselection preselection, List<ScoreView> scores) {
    }

    /** One candidacy with its screening, scores, motivation and audit trail. */
    public record CandidacyView(UUID applicationId, UUID vacancyId, boolean internal, CandidacyStatus status,
            Integer currentStage, String currentStageName, boolean capacityTestRequired, Preselection preselection,
            String admittedThrough,
            List<String> screeningReasons, CapacityTestView capacityTest, List<ScoreView> scores, String motivation,
            List<DecisionView> decisions, OffsetDateTime appliedAt, OffsetDateTime updatedAt, OffsetDateTime dataErasedAt) {
    }

    public record CapacityTestView(boolean passed, BigDecimal score, java.time.LocalDate takenOn, String provider) {
    }

    public record ScoreView(int stageOrder, String stageType, String stageName, BigDecimal score, int passMark,
            boolean passed, Integer rank, OffsetDateTime scoredAt) {
    }

    public record DecisionView(OffsetDateTime at, DecisionKind kind, CandidacyStatus status, String motivation,
            String decidedBy) {
    }
}
