package org.werving.selection.messaging.out;

import java.util.UUID;

/**
 * {@code cause}: BELOW_PASS_MARK (a stage score under the pass mark), OUTSIDE_TOP_N (at or above the pass
 * mark but cut by the stage's top-N), CAPACITY_TEST (the level and capacity test not passed).
 */
public record CandidateEliminated(UUID applicationId, UUID vacancyId, String stage, String motivation,
        String cause) {
}
