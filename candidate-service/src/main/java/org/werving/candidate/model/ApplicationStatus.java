package org.werving.candidate.model;

/**
 * Where an application stands. {@link #step} orders the statuses along the procedure: the status
 * only moves forward, so an event that arrives late (e.g. SelectionPassed after
 * ReserveEntryCreated, which travels on another topic) adds its timeline entry but does not set
 * the status back. The one way back out of a final status is HR's review of a refusal at the
 * screening ({@link #overturnedBy}).
 */
public enum ApplicationStatus {
    RECEIVED(0),
    ADMITTED(1),
    AWAITING_CAPACITY_TEST(1),
    NOT_ADMITTED(9),
    IN_PROCEDURE(2),
    ELIMINATED(9),
    PASSED(3),
    IN_RESERVE(4),
    /** The candidate withdrew: the procedure stops for this application. */
    WITHDRAWN(9);

    private final int step;

    ApplicationStatus(int step) {
        this.step = step;
    }

    /**
     * The status after an event that suggests {@code next}: {@code next} if it lies further on or overturns this
     * one ({@link #overturnedBy}), else this one.
     */
    public ApplicationStatus advanceTo(ApplicationStatus next) {
        return next != null && (next.step > step || overturnedBy(next)) ? next : this;
    }

    /**
     * True when {@code next} overturns this status: a candidate refused at the screening (NOT_ADMITTED) whom HR
     * admits after all on review (ScreeningPassed after ScreeningFailed, issue 12). Both events travel on one
     * topic keyed by application, so an admission after a refusal is always the later decision, never a late one.
     */
    public boolean overturnedBy(ApplicationStatus next) {
        return this == NOT_ADMITTED && (next == ADMITTED || next == AWAITING_CAPACITY_TEST);
    }

    public boolean isFinal() {
        return step == 9 || this == IN_RESERVE;
    }
}
