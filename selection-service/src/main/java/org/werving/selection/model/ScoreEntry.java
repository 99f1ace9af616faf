package org.werving.selection.model;

import java.math.BigDecimal;

/** One score on a member's sheet: a component (may be left out when the stage has one), a competency within it. */
public record ScoreEntry(String component, String competency, BigDecimal score) {
}
