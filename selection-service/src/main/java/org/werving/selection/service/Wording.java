package org.werving.selection.service;

import org.werving.selection.model.TieRule;

import java.math.BigDecimal;

/** How selection-service writes numbers and rules in what candidates and HR read: Dutch, never a code. */
public final class Wording {
    private Wording() {
    }

    /** A score or number the Dutch way: 59,5 and 60, never 59.5 or 60.00. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() <= 0 ? plain.setScale(0).toPlainString() : plain.toPlainString()).replace('.', ',');
    }

    /** What a tie rule means, as the motivation and the report say it. */
    public static String tieRule(TieRule rule) {
        return switch (rule) {
            case INCLUDE_ALL_TIED -> "bij gelijke score gaan alle kandidaten met die score door";
            case EARLIEST_APPLICATION -> "bij gelijke score gaat wie het eerst solliciteerde voor";
        };
    }
}
