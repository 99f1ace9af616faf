package org.werving.reserve.mapping;

import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ReserveType;
import org.werving.reserve.service.ReserveRanking;
import org.werving.reserve.service.ReserveService;

import java.math.BigDecimal;
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

    public static String of(ReserveService.ReserveDetails details) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADERS);
        String title = details.vacancy() == null ? "" : nullToEmpty(details.vacancy().title);
        String level = details.vacancy() == null ? "" : nullToEmpty(details.vacancy().level);
        String directorate = details.vacancy() == null ? "" : nullToEmpty(details.vacancy().directorate);
        for (ReserveRanking.Ranked r : details.entries()) {
            List<String> fields = new ArrayList<>();
            fields.add(String.valueOf(r.rank()));
            fields.add(reserveType(r.entry().reserveType));
            fields.add(title);
            fields.add(level);
            fields.add(directorate);
            fields.add(r.entry().applicationId.toString());
            fields.add(BigDecimal.valueOf(r.entry().finalScore).stripTrailingZeros().toPlainString().replace('.', ','));
            fields.add(state(r.entry().state));
            fields.add(String.valueOf(r.entry().declines));
            fields.add(r.entry().temporaryUntil == null ? "" : r.entry().temporaryUntil.toString());
            fields.add(details.reserve().validUntil.toString());
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
