package org.werving.vacancy.model;

import java.math.BigDecimal;

/**
 * What a value from a client must be for this service to store it and read it back unchanged: text without
 * control characters (tab, line feed and carriage return allowed) and without a broken UTF-16 surrogate (which
 * PostgreSQL cannot store: NUL is refused outright, a lone surrogate becomes '?'); dates in the years 1 to 9999
 * (what PostgreSQL and ISO-8601 both hold without a sign); decimal numbers below {@value #MAX_DIGITS} digits
 * before the point and at most {@value #MAX_SCALE} after it (1e400 is not a salary).
 */
public final class InputBounds {
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final int MAX_DIGITS = 12;
    public static final int MAX_SCALE = 6;

    private InputBounds() {
    }

    /** Whether {@code text} holds only characters that are stored and read back as they are; null is clean. */
    public static boolean cleanText(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
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
