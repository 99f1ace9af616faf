package org.werving.selection.model;

/**
 * What happens to candidates with equal scores at the top-N cut and in the final ranking.
 * Configured with {@code werving.selection.tie-rule}; never an arbitrary cut.
 */
public enum TieRule {
    /** Everyone tied with the N-th candidate goes on (the group may exceed N); tied candidates share a rank. */
    INCLUDE_ALL_TIED,
    /** Ties are broken by the earliest application (then application id): exactly N go on, ranks are distinct. */
    EARLIEST_APPLICATION
}
