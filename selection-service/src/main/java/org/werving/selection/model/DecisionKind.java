package org.werving.selection.model;

public enum DecisionKind {
    AWAITING_VACANCY, SCREENING_PASSED, SCREENING_FAILED, CAPACITY_TEST_PASSED, CAPACITY_TEST_FAILED,
    STAGE_COMPLETED, ELIMINATED, SELECTION_PASSED, STAGE_CLOSED, JURY_ASSIGNED, SCREENING_OVERRIDDEN, WITHDRAWN,
    /** The candidate's personal facts were erased (CandidateDataErased); the status stays. */
    DATA_ERASED,
    /** HR's preselection on relevant experience and motivation: retained, or not (the candidacy ends). */
    PRESELECTION_RETAINED, PRESELECTION_NOT_RETAINED
}
