package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** CapacityTestRecorded (werving.selection.events): the level and capacity test's result. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapacityTestRecorded(UUID applicationId, UUID vacancyId, boolean passed) {
}
