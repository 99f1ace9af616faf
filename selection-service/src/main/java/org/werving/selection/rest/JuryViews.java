package org.werving.selection.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.werving.selection.model.CandidacyStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the jury endpoints. */
public final class JuryViews {
    private JuryViews() {
    }

    /** The jury of a stage; replaces the previous one while the stage is open. */
    public record JuryRequest(@NotEmpty List<@Valid @NotNull MemberRequest> members) {
    }

    /** A member by their token subject; {@code external}: not employed by the city/OCMW. */
    public record MemberRequest(@NotBlank @Size(max = 200) String subject, boolean external) {
    }

    /**
     * One member's score on one component, or on one competency within it, on the stage's scale. A juror scores
     * as themself; HR may record a score on behalf of a named {@code member}. {@code component} may be left out
     * when the stage has one component; {@code competency} is required when the component measures competencies
     * and refused when it is scored as a whole.
     */
    public record JuryScoreRequest(@Size(max = 200) String member, @Size(max = 80) String component,
            @Size(max = 120) String competency,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal score) {
    }

    /** Several scores of one member for one candidate, recorded together: all of them or none. */
    public record ScoreSheetRequest(@Size(max = 200) String member,
            @NotEmpty List<@Valid @NotNull ScoreCell> scores) {
    }

    public record ScoreCell(@Size(max = 80) String component, @Size(max = 120) String competency,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") BigDecimal score) {
    }

    /**
     * A cell of the score sheet: a component, the competency within it (null: the component as a whole), its weight,
     * and what a person reads for it ({@code label}: "Case: Resultaatgerichtheid", or "hele proef").
     */
    public record SheetCellView(String component, String competency, int componentWeight, String label) {
    }

    public record ScoreSheetView(UUID applicationId, int stageOrder, String member, List<MemberScoreView> scores,
            List<SheetCellView> missing, boolean complete) {
    }

    public record MemberView(String subject, boolean external, String assignedBy, OffsetDateTime assignedAt) {
    }

    /**
     * The jury of a stage; {@code scoreSheet}: every score each member gives each candidate (a component, or
     * one competency within it).
     */
    public record JuryView(UUID vacancyId, int stageOrder, String stageName, int scale, List<String> components,
            List<SheetCellView> scoreSheet, boolean externalMemberRequired, List<MemberView> members, boolean closed) {
    }

    /** One member's score for one cell; {@code label} is what a person reads for the cell (see SheetCellView). */
    public record MemberScoreView(UUID applicationId, int stageOrder, String member, String component,
            String competency, BigDecimal score, String recordedBy, OffsetDateTime scoredAt, String label) {
    }

    public record StageCandidacyView(UUID applicationId, CandidacyStatus status, Integer currentStage,
            List<MemberScoreView> scores) {
    }

    public record StageCandidaciesView(UUID vacancyId, int stageOrder, String stageName, boolean closed,
            List<StageCandidacyView> candidacies) {
    }

    public record StageResultView(UUID applicationId, BigDecimal score, int rank, boolean passed, String outcome,
            String decision, String motivation) {
    }

    /**
     * One line of a procedure's audit trail: {@code action} is a decision kind (e.g. ELIMINATED) or a procedure
     * change (JURY_ASSIGNED, SCORE_RECORDED, SCORE_CORRECTED, STAGE_CLOSED, SLOT_OPENED, SEAT_BOOKED, SEAT_FREED).
     */
    public record AuditEntryView(OffsetDateTime at, String action, Integer stageOrder, UUID applicationId,
            String actor, String detail) {
    }

    public record RankView(UUID applicationId, int rank, BigDecimal finalScore, String reserveType) {
    }

    public record ClosedStageView(UUID vacancyId, int stageOrder, String stageName, int passMark, Integer topN,
            String tieRule, boolean finalStage, String closedBy, OffsetDateTime closedAt, List<StageResultView> results,
            List<RankView> ranking) {
    }
}
