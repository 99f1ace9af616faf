package org.werving.reserve.model;

/** A reserve is ACTIVE until its validity has passed; the expiry job makes it EXPIRED (once). */
public enum ReserveState {
    ACTIVE,
    EXPIRED
}
