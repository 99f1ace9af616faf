package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** InterviewScored (werving.selection.events): a stage's final result for one candidate; {@code outcome} GOES_ON, PASSED_SELECTION or ELIMINATED (absent in older events: {@code passed} says). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterviewScored(UUID applicationId, UUID vacancyId, Integer stageOrder, String stageName, Boolean passed, Boolean finalStage, String outcome) {
}
