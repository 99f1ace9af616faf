package org.werving.web.staff;

import org.werving.web.client.Procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * reserve-service's CSV export of a reserve (semicolons, Dutch headers, the candidacy by number) with the
 * candidates' names added for HR: a column "Naam" right after "Kandidatuur". The web reads and writes the
 * same dialect (RFC 4180 quoting, CRLF, a leading apostrophe before = + - @ so no spreadsheet runs a formula).
 */
public final class ReserveExport {
    static final String APPLICATION_COLUMN = "Kandidatuur";
    static final String NAME_COLUMN = "Naam";

    private ReserveExport() {
    }

    public static String withNames(String csv, Procedures.Names names) {
        List<List<String>> rows = parse(csv);
        if (rows.isEmpty()) {
            return csv;
        }
        int column = rows.get(0).indexOf(APPLICATION_COLUMN);
        if (column < 0) {
            return csv; // not the export this class knows: handed on unchanged rather than guessed at
        }
        StringBuilder out = new StringBuilder(csv.length() + rows.size() * 24);
        if (csv.startsWith("\uFEFF")) {
            out.append('\uFEFF'); // the byte order mark that tells a spreadsheet it is UTF-8 stays
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            String name = i == 0 ? NAME_COLUMN : column < row.size() ? nameOf(row.get(column), names) : "";
            row.add(Math.min(column + 1, row.size()), name);
            for (int f = 0; f < row.size(); f++) {
                if (f > 0) {
                    out.append(';');
                }
                out.append(field(row.get(f)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String nameOf(String application, Procedures.Names names) {
        try {
            return names.of(UUID.fromString(application.strip()));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The application ids of an export (its "Kandidatuur" column). */
    public static List<UUID> applications(String csv) {
        List<List<String>> rows = parse(csv);
        if (rows.isEmpty() || rows.get(0).indexOf(APPLICATION_COLUMN) < 0) {
            return List.of();
        }
        int column = rows.get(0).indexOf(APPLICATION_COLUMN);
        List<UUID> ids = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            try {
                ids.add(UUID.fromString(row.get(column).strip()));
            } catch (RuntimeException e) {
                // a row without a candidacy number gets no name
            }
        }
        return ids;
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+([.,][0-9]+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** Rows of semicolon-separated fields; quoted fields may hold separators, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
