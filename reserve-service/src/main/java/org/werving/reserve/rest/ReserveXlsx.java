package org.werving.reserve.rest;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.werving.reserve.service.ReserveQueries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A reserve as an Excel workbook (XLSX, one sheet "Reserve"): the columns and rows of the CSV export,
 * but typed: rank, final score and declines are numbers, dates are dates (yyyy-mm-dd). Texts are stored
 * as texts, never as formulas, so nothing in a cell is ever run.
 */
public final class ReserveXlsx {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String SHEET = "Reserve";
    private static final String DATE = "yyyy-mm-dd";

    private ReserveXlsx() {
    }

    public static byte[] of(ReserveQueries.ReserveDetails details) {
        List<ReserveCsv.Row> rows = ReserveCsv.rows(details);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "werving reserve-service", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            for (int c = 0; c < ReserveCsv.HEADERS.size(); c++) {
                sheet.value(0, c, ReserveCsv.HEADERS.get(c));
            }
            sheet.range(0, 0, 0, ReserveCsv.HEADERS.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (ReserveCsv.Row row : rows) {
                sheet.value(r, 0, row.rank());
                sheet.value(r, 1, row.reserve());
                sheet.value(r, 2, row.title());
                sheet.value(r, 3, row.level());
                sheet.value(r, 4, row.directorate());
                sheet.value(r, 5, row.application());
                sheet.value(r, 6, row.finalScore());
                sheet.value(r, 7, row.state());
                sheet.value(r, 8, row.declines());
                date(sheet, r, 9, row.temporaryUntil());
                date(sheet, r, 10, row.validUntil());
                r++;
            }
            sheet.width(5, 38);
            sheet.width(2, 30);
            sheet.width(4, 30);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX export failed", e);
        }
        return out.toByteArray();
    }

    private static void date(Worksheet sheet, int row, int column, LocalDate value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(DATE).set();
        }
    }
}
