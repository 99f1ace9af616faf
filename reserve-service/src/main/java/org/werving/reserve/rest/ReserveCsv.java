package org.werving.reserve.rest;

import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ReserveType;
import org.werving.reserve.model.ReserveRanking;
import org.werving.reserve.service.ReserveQueries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reserve as CSV for HR's spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents),
 * semicolon separated and a decimal comma (the Belgian convention), Dutch column headers, CRLF line
 * ends. A field with a separator, quote or line break is quoted, quotes doubled (RFC 4180); a text
 * starting with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.
 */
public final class ReserveCsv {
    public static final List<String> HEADERS = List.of("Rang", "Reserve", "Functie", "Niveau", "Directie", "Kandidatuur",
            "Eindscore", "Status", "Weigeringen", "Tijdelijk aangesteld tot", "Geldig tot");
    private static final char SEPARATOR = ';';

    private ReserveCsv() {
    }

    /** One line of the export, typed; the CSV and the XLSX export write the same rows. */
    public record Row(int rank, String reserve, String title, String level, String directorate, String application,
            double finalScore, String state, int declines, LocalDate temporaryUntil, LocalDate validUntil) {
    }

    /** The rows of a reserve, in rank order. */
    public static List<Row> rows(ReserveQueries.ReserveDetails details) {
        String title = details.vacancy() == null ? "" : nullToEmpty(details.vacancy().title);
        String level = details.vacancy() == null ? "" : nullToEmpty(details.vacancy().level);
        String directorate = details.vacancy() == null ? "" : nullToEmpty(details.vacancy().directorate);
        List<Row> rows = new ArrayList<>();
        for (ReserveRanking.Ranked r : details.entries()) {
            rows.add(new Row(r.rank(), reserveType(r.entry().reserveType), title, level, directorate,
                    r.entry().applicationId.toString(), r.entry().finalScore, state(r.entry().state), r.entry().declines,
                    r.entry().temporaryUntil, details.reserve().validUntil));
        }
        return rows;
    }

    public static String of(ReserveQueries.ReserveDetails details) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADERS);
        for (Row r : rows(details)) {
            List<String> fields = new ArrayList<>();
            fields.add(String.valueOf(r.rank()));
            fields.add(r.reserve());
            fields.add(r.title());
            fields.add(r.level());
            fields.add(r.directorate());
            fields.add(r.application());
            fields.add(BigDecimal.valueOf(r.finalScore()).stripTrailingZeros().toPlainString().replace('.', ','));
            fields.add(r.state());
            fields.add(String.valueOf(r.declines()));
            fields.add(r.temporaryUntil() == null ? "" : r.temporaryUntil().toString());
            fields.add(r.validUntil().toString());
            line(csv, fields);
        }
        return csv.toString();
    }

    static String reserveType(ReserveType type) {
        return type == ReserveType.RECRUITMENT ? "wervingsreserve" : "bevorderingsreserve";
    }

    static String state(EntryState state) {
        return switch (state) {
            case ACTIVE -> "beschikbaar";
            case TEMPORARILY_APPOINTED -> "tijdelijk aangesteld";
            case APPOINTED -> "vast aangesteld";
            case ENDED -> "uit de reserve";
        };
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(escape(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes when needed; neutralises formula starts. */
    public static String escape(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9]+([.,][0-9]+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
