package org.werving.reserve.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard as CSV for a spreadsheet: one row per vacancy and stage (a vacancy without a stage yet has one
 * row with the stage columns empty), UTF-8 with a byte-order mark, {@code ;}-separated, decimal comma, Dutch
 * headers, CRLF. Fields are quoted as RFC 4180 says; a text starting with = + - @ gets a leading apostrophe so a
 * spreadsheet never runs it as a formula.
 */
public final class DashboardCsv {
    public static final List<String> HEADERS = List.of("Vacature", "Referentie", "Van", "Tot", "Kandidaturen",
            "Toegelaten", "Capaciteitstest afgelegd", "Capaciteitstest geslaagd", "Proef", "Naam proef", "Gestart",
            "Geslaagd", "Afgevallen", "Slaagpercentage", "Mediaan uren in proef", "P90 uren in proef", "Reserve",
            "Aangesteld", "Mediaan dagen tot aanstelling", "P90 dagen tot aanstelling", "Route diploma",
            "Route ervaring en test", "Route intern");

    private DashboardCsv() {
    }

    public static String of(DashboardViews.FunnelsView funnels) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADERS);
        for (DashboardViews.VacancyView v : funnels.vacancies()) {
            List<DashboardViews.StageView> stages = v.stages().isEmpty() ? java.util.Collections.singletonList(null)
                    : v.stages();
            for (DashboardViews.StageView s : stages) {
                List<String> fields = new ArrayList<>(List.of(text(v.title()), text(v.reference()),
                        funnels.from().toString(), funnels.to().toString(), num(v.applied()), num(v.admitted()),
                        num(v.capacityTestTaken()), num(v.capacityTestPassed())));
                if (s == null) {
                    fields.addAll(List.of("", "", "", "", "", "", "", ""));
                } else {
                    fields.addAll(List.of(num(s.order()), text(s.name()), num(s.entered()), num(s.passed()),
                            num(s.eliminated()), dec(s.passRate()), dec(s.medianHours()), dec(s.p90Hours())));
                }
                fields.addAll(List.of(num(v.reserve()), num(v.appointed()), dec(v.timeToHireMedianDays()),
                        dec(v.timeToHireP90Days()), num(v.routes().diploma()), num(v.routes().experienceAndTest()),
                        num(v.routes().internal())));
                line(csv, fields);
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String num(long value) {
        return Long.toString(value);
    }

    private static String dec(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%s", value).replace('.', ',');
    }
}
