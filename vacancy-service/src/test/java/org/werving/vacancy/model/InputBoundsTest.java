package org.werving.vacancy.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a client's value must be to be stored and read back unchanged, at the edges. */
class InputBoundsTest {

    @Test
    void textWithoutControlCharactersOrBrokenSurrogates() {
        assertTrue(InputBounds.cleanText(null));
        assertTrue(InputBounds.cleanText(""));
        assertTrue(InputBounds.cleanText("Regel één\n\tregel twee\r\n"), "tab and line breaks are text");
        assertTrue(InputBounds.cleanText("café 😀 ~"), "a surrogate pair (emoji) is one character; ~ (0x7E) is printable");
        assertFalse(InputBounds.cleanText("a\u0000b"), "NUL");
        assertFalse(InputBounds.cleanText("\u001f"), "the last C0 control");
        assertFalse(InputBounds.cleanText("\u007f"), "DEL");
        assertFalse(InputBounds.cleanText("\u009f"), "the last C1 control");
        assertTrue(InputBounds.cleanText("\u00a0"), "no-break space, just after C1");
        assertFalse(InputBounds.cleanText("a\ud83d"), "a high surrogate at the end");
        assertFalse(InputBounds.cleanText("\ude00a"), "a low surrogate alone");
        assertFalse(InputBounds.cleanText("\ud83d\ud83d\ude00"), "a high surrogate followed by a pair");
    }

    @Test
    void yearsOneToNineThousandNineHundredNinetyNine() {
        assertFalse(InputBounds.storableYear(0));
        assertTrue(InputBounds.storableYear(1));
        assertTrue(InputBounds.storableYear(9999));
        assertFalse(InputBounds.storableYear(10_000));
        assertFalse(InputBounds.storableYear(999_999_999));
    }

    @Test
    void numbersOfTwelveDigitsAndSixDecimals() {
        assertTrue(InputBounds.storableNumber(null));
        assertTrue(InputBounds.storableNumber(new BigDecimal("999999999999.999999")));
        assertFalse(InputBounds.storableNumber(new BigDecimal("1000000000000")), "13 digits");
        assertFalse(InputBounds.storableNumber(new BigDecimal("0.0000001")), "7 decimals");
        assertTrue(InputBounds.storableNumber(new BigDecimal("1.50000000")), "trailing zeros do not count");
        assertTrue(InputBounds.storableNumber(new BigDecimal("1E+3")));
        assertFalse(InputBounds.storableNumber(new BigDecimal("1E+400")));
        assertFalse(InputBounds.storableNumber(new BigDecimal("-1E+400")));
        assertFalse(InputBounds.storableNumber(new BigDecimal("1E-400")));
    }
}
