package org.werving.web.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The web's own copy of what selection-service, candidate-service and reserve-service answer HR and jurors. */
public final class Procedures {
    private Procedures() {
    }

    // ------------------------------------------------------------------ selection-service

    public record CandidacySummary(UUID applicationId, String status, Integer currentStage, boolean capacityTestRequired,
            String preselection, List<Score> scores) {
    }

    public record Candidacy(UUID applicationId, UUID vacancyId, boolean internal, String status, Integer currentStage,
            String currentStageName, boolean capacityTestRequired, String preselection, String admittedThrough,
            List<String> screeningReasons, CapacityTest capacityTest, List<Score> scores, String motivation,
            List<Decision> decisions, OffsetDateTime appliedAt) {
    }

    public record CapacityTest(boolean passed, BigDecimal score, LocalDate takenOn, String provider) {
    }

    public record Score(int stageOrder, String stageType, String stageName, BigDecimal score, int passMark,
            boolean passed, Integer rank, OffsetDateTime scoredAt) {
    }

    public record Decision(OffsetDateTime at, String kind, String status, String motivation, String decidedBy) {
    }

    /**
     * A cell of the score sheet; {@code label} is what selection-service says a person reads for it ("Case: Analyse",
     * "hele proef"): the rule that names a cell lives there alone.
     */
    public record SheetCell(String component, String competency, int componentWeight, String label) {
        /** The form field's name: "c|component|competency" (one per cell of the sheet). */
        public String key() {
            return (component == null ? "" : component) + "|" + (competency == null ? "" : competency);
        }
    }

    public record Member(String subject, boolean external, String assignedBy, OffsetDateTime assignedAt) {
    }

    public record Jury(UUID vacancyId, int stageOrder, String stageName, int scale, List<String> components,
            List<SheetCell> scoreSheet, boolean externalMemberRequired, List<Member> members, boolean closed) {
        public boolean hasMember(String subject) {
            return members != null && members.stream().anyMatch(m -> m.subject().equals(subject));
        }
    }

    /** A member's score of one cell; {@code label} is selection-service's name of the cell, as in {@link SheetCell}. */
    public record MemberScore(UUID applicationId, int stageOrder, String member, String component, String competency,
            BigDecimal score, String recordedBy, OffsetDateTime scoredAt, String label) {
        public String key() {
            return (component == null ? "" : component) + "|" + (competency == null ? "" : competency);
        }
    }

    public record StageCandidacy(UUID applicationId, String status, Integer currentStage, List<MemberScore> scores) {
        /** The first characters of the application id: what a juror sees instead of a name. */
        public String dossier() {
            return applicationId.toString().substring(0, 8);
        }
    }

    public record StageCandidacies(UUID vacancyId, int stageOrder, String stageName, boolean closed,
            List<StageCandidacy> candidacies) {
    }

    public record ScoreSheet(UUID applicationId, int stageOrder, String member, List<MemberScore> scores,
            List<SheetCell> missing, boolean complete) {
    }

    /**
     * One candidate's result of a stage: {@code passed} says the pass mark was reached, {@code outcome} what
     * follows (GOES_ON, BELOW_PASS_MARK, OUTSIDE_TOP_N): reaching the mark is not going on when a top-N applies.
     */
    public record StageResult(UUID applicationId, BigDecimal score, int rank, boolean passed, String outcome,
            String decision, String motivation) {
        public boolean goesOn() {
            return "GOES_ON".equals(outcome);
        }
    }

    public record Rank(UUID applicationId, int rank, BigDecimal finalScore, String reserveType) {
    }

    /** A closed stage, or (contract C1) the preview of closing it. */
    public record ClosedStage(UUID vacancyId, int stageOrder, String stageName, int passMark, Integer topN,
            String tieRule, boolean finalStage, String closedBy, OffsetDateTime closedAt, List<StageResult> results,
            List<Rank> ranking) {
    }

    public record Slot(UUID id, OffsetDateTime startsAt, int durationMinutes, String place, boolean online,
            int capacity, Integer booked) {
    }

    // ------------------------------------------------------------------ candidate-service (HR)

    public record Applicant(UUID id, String firstName, String lastName, String email, String status) {
        public String name() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    // ------------------------------------------------------------------ reserve-service

    public record ReserveEntry(UUID entryId, UUID reserveId, UUID vacancyId, UUID applicationId, String reserveType,
            int rank, double finalScore, LocalDate validUntil, String state, int declines, LocalDate temporaryUntil) {
    }

    public record Extension(String decisionReference, LocalDate decisionDate, LocalDate previousValidUntil,
            LocalDate validUntil, String extendedBy) {
    }

    public record Ending(LocalDate endedOn, String reason, String decisionReference, LocalDate decisionDate,
            String endedBy) {
    }

    public record Reserve(UUID reserveId, UUID vacancyId, String reserveType, String title, String level,
            String directorate, LocalDate startsOn, LocalDate validUntil, String state, List<Extension> extensions,
            Ending ending, List<ReserveEntry> entries) {
    }

    /** A row on a page: something with the candidate's name next to it. */
    public record Named<T>(String name, T item) {
    }

    /** Names by application id, for pages that list candidates. */
    public record Names(Map<UUID, String> byId) {
        public String of(UUID id) {
            String name = byId.get(id);
            return name == null || name.isBlank() ? "kandidaat " + id.toString().substring(0, 8) : name;
        }
    }
}
