package org.werving.vacancy.model;

/** One scored stage of the procedure, in order; scores are on /100. */
public record Stage(int order, StageType type, String name, boolean eliminating, int passMark, Integer topN) {
}
