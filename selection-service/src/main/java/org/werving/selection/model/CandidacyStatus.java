package org.werving.selection.model;

public enum CandidacyStatus {
    /** Applied, but the vacancy's conditions have not reached this service yet. */
    AWAITING_VACANCY,
    NOT_ADMITTED,
    /** Admitted on condition of passing the level and capacity test. */
    AWAITING_CAPACITY_TEST,
    /** Taking part in stage {@code currentStage}. */
    IN_STAGE,
    ELIMINATED,
    PASSED,
    /** The candidate withdrew (ApplicationWithdrawn) while the procedure ran; no further stage. */
    WITHDRAWN
}
