package org.werving.reserve.model;

/**
 * A reserve is ACTIVE until its validity has passed; the expiry job makes it EXPIRED (once). HR may end it
 * earlier by a motivated decision: ENDED. Nobody is appointed from an EXPIRED or ENDED reserve.
 */
public enum ReserveState {
    ACTIVE,
    EXPIRED,
    ENDED
}
