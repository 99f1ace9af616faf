package org.werving.selection.messaging.out;

/** The aggregate types of the events this service publishes on werving.selection.events (the event key). */
public final class Aggregates {
    /** A candidacy, keyed by application id: every event but SelectionCompleted. */
    public static final String CANDIDACY = "candidacy";
    /** The procedure of one vacancy, keyed by vacancy id: SelectionCompleted. */
    public static final String PROCEDURE = "procedure";

    private Aggregates() {
    }
}
