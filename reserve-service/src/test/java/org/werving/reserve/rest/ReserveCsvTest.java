package org.werving.reserve.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReserveCsvTest {

    @Test
    void fieldsWithSeparatorQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        assertEquals("Werkvloerbegeleider", ReserveCsv.escape("Werkvloerbegeleider"));
        assertEquals("\"groen; schoonmaak\"", ReserveCsv.escape("groen; schoonmaak"));
        assertEquals("\"de \"\"beste\"\"\"", ReserveCsv.escape("de \"beste\""));
        assertEquals("\"twee\r\nlijnen\"", ReserveCsv.escape("twee\r\nlijnen"));
        assertEquals("Coördinator Directie Maatschappelijk Welzijn", ReserveCsv.escape("Coördinator Directie Maatschappelijk Welzijn"));
        assertEquals("", ReserveCsv.escape(null));
    }

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertEquals("'=HYPERLINK(\"\"x\"\")".replace("\"\"", "\""), "'=HYPERLINK(\"x\")");
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ReserveCsv.escape("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", ReserveCsv.escape("@SUM(A1)"));
        assertEquals("-12,5", ReserveCsv.escape("-12,5"), "a number stays a number");
    }
}
