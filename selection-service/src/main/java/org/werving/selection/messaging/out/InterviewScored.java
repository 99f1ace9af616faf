package org.werving.selection.messaging.out;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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
