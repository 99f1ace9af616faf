package org.werving.selection.model;

/** HR's preselection on relevant experience and motivation, after the automatic admission check. */
public enum Preselection {
    /** weerhouden: the candidate goes on to the capacity test or the first stage */
    RETAINED,
    /** niet weerhouden: the candidacy ends (NOT_ADMITTED, ScreeningFailed) */
    NOT_RETAINED
}
