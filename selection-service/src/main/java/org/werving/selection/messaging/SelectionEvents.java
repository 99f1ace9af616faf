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

    public record CapacityTestRecorded(UUID applicationId, UUID vacancyId, boolean passed, BigDecimal score) {
    }

    public record InterviewScored(UUID applicationId, UUID vacancyId, int stageOrder, String stageType, String stageName,
            BigDecimal score, int passMark, boolean passed, boolean finalStage) {
    }

    public record CandidateEliminated(UUID applicationId, UUID vacancyId, String stage, String motivation) {
    }

    public record SelectionPassed(UUID applicationId, UUID vacancyId, BigDecimal finalScore, boolean internal,
            String reserveType) {
    }
}
