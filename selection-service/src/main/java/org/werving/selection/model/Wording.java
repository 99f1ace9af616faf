package org.werving.selection.model;

import java.math.BigDecimal;

/** How selection-service writes numbers and rules in what candidates and HR read: Dutch, never a code. */
public final class Wording {
    private Wording() {
    }

    /** A number without trailing zeros: 60.00 from the database reads as 60, 41.50 as 41.5; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A score or number the Dutch way: 59,5 and 60, never 59.5 or 60.00. */
    public static String number(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString().replace('.', ',');
    }

    /** What a tie rule means, as the motivation and the report say it. */
    public static String tieRule(TieRule rule) {
        return switch (rule) {
            case INCLUDE_ALL_TIED -> "bij gelijke score gaan alle kandidaten met die score door";
            case EARLIEST_APPLICATION -> "bij gelijke score gaat wie het eerst solliciteerde voor";
        };
    }
}
