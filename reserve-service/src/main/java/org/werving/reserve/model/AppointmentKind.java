package org.werving.reserve.model;

/** vaste aanstelling (indefinite) or tijdelijke aanstelling (a replacement: illness, maternity leave, ...). */
public enum AppointmentKind {
    PERMANENT,
    TEMPORARY
}
