package org.werving.reserve.model;

/** How an admitted candidate got in: the dashboard's admission routes. */
public enum AdmissionRoute {
    DIPLOMA, EXPERIENCE_AND_TEST, INTERNAL
}
