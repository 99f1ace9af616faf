package org.werving.vacancy.model;

import org.werving.chassis.problem.StrictJson;

import java.math.BigDecimal;

/**
 * What a value from a client must be for this service to store it and read it back unchanged: text without
 * control characters (tab, line feed and carriage return allowed) and without a broken UTF-16 surrogate (which
 * PostgreSQL cannot store: NUL is refused outright, a lone surrogate becomes '?'); dates in the years 1 to 9999
 * (what PostgreSQL and ISO-8601 both hold without a sign); decimal numbers below {@value #MAX_DIGITS} digits
 * before the point and at most {@value #MAX_SCALE} after it (1e400 is not a salary). Text and years are the
 * chassis' rules ({@link StrictJson}), which every service shares; the decimal bounds are this service's own.
 */
public final class InputBounds {
    public static final int MIN_YEAR = StrictJson.FIRST_YEAR;
    public static final int MAX_YEAR = StrictJson.LAST_YEAR;
    public static final int MAX_DIGITS = 12;
    public static final int MAX_SCALE = 6;

    private InputBounds() {
    }

    /** Whether {@code text} holds only characters that are stored and read back as they are; null is clean. */
    public static boolean cleanText(String text) {
        return text == null || StrictJson.clean(text);
    }

    public static boolean storableYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Whether a decimal number lies within the bounds above; null is within. */
    public static boolean storableNumber(BigDecimal number) {
        if (number == null) {
            return true;
        }
        BigDecimal plain = number.stripTrailingZeros();
        return plain.precision() - plain.scale() <= MAX_DIGITS && plain.scale() <= MAX_SCALE;
    }
}
