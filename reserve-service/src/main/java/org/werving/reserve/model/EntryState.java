package org.werving.reserve.model;

/**
 * Life of a reserve entry. What happens after an appointment or a decline is decided by
 * {@link org.werving.reserve.model.ReserveRules}.
 */
public enum EntryState {
    /** on the reserve and available */
    ACTIVE,
    /** appointed temporarily (a replacement); keeps the place for a later permanent appointment */
    TEMPORARILY_APPOINTED,
    /** appointed permanently: the entry has done its work */
    APPOINTED,
    /** off the reserve (declined too often, or a temporary appointment that does not keep the place) */
    ENDED
}
