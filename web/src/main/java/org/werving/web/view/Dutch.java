package org.werving.web.view;

import io.quarkus.qute.TemplateExtension;
import org.werving.web.client.Vacancies;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the pages say things in Dutch: dates in Brussels time, euros, and the names of the services' codes. */
@TemplateExtension
public final class Dutch {
    public static final Locale NL = Locale.forLanguageTag("nl-BE");
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", NL);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final Map<String, String> CONTRACTS = Map.of(
            "INDEFINITE", "contract van onbepaalde duur",
            "INDEFINITE_RESOLUTIVE", "contract van onbepaalde duur met ontbindende voorwaarde",
            "INDEFINITE_WITH_RESOLUTIVE_CONDITION", "contract van onbepaalde duur met ontbindende voorwaarde",
            "FIXED_TERM", "contract van bepaalde duur",
            "STATUTORY", "statutaire benoeming");
    private static final Map<String, String> STATUSES = Map.of(
            "RECEIVED", "Ontvangen",
            "ADMITTED", "Toegelaten tot de selectieprocedure",
            "AWAITING_CAPACITY_TEST", "Toegelaten onder voorwaarde: capaciteitstest",
            "NOT_ADMITTED", "Niet toegelaten",
            "IN_PROCEDURE", "In de selectieprocedure",
            "ELIMINATED", "Niet geslaagd",
            "PASSED", "Geslaagd",
            "IN_RESERVE", "Opgenomen in de reserve",
            "WITHDRAWN", "Ingetrokken");
    private static final Map<String, String> STAGE_TYPES = Map.of(
            "SPEED_INTERVIEW", "speedinterview",
            "COMBINED_TEST", "gecombineerde proef",
            "INTERVIEW", "interview",
            "WRITTEN_TEST", "schriftelijke proef",
            "PRACTICAL_TEST", "praktische proef");
    private static final Map<String, String> DOCUMENTS = Map.of(
            "CV", "Cv",
            "MOTIVATION_LETTER", "Motivatiebrief");

    private Dutch() {
    }

    static String date(OffsetDateTime at) {
        return at == null ? "" : DATE.format(at.atZoneSameInstant(BRUSSELS));
    }

    static String localDate(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "dinsdag 17 maart 2026 om 10.30 uur" */
    static String moment(OffsetDateTime at) {
        return at == null ? "" : instantMoment(at.toInstant());
    }

    static String instantMoment(Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(BRUSSELS);
        return DAY.format(local) + " om " + TIME.format(local) + " uur";
    }

    /** "10.30 uur", Brussels time. */
    static String clock(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(BRUSSELS)) + " uur";
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time) + " uur";
    }

    static String iso(OffsetDateTime at) {
        return at == null ? "" : at.toString();
    }

    static String isoDate(OffsetDateTime at) {
        return at == null ? "" : ISO_DATE.format(at.atZoneSameInstant(BRUSSELS));
    }

    static String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(NL);
        return format.format(amount);
    }

    static String contractLabel(String code) {
        return code == null ? "" : CONTRACTS.getOrDefault(code, code.toLowerCase().replace('_', ' '));
    }

    static String statusLabel(String code) {
        return code == null ? "" : STATUSES.getOrDefault(code, code.toLowerCase().replace('_', ' '));
    }

    static String stageTypeLabel(String code) {
        return code == null ? "" : STAGE_TYPES.getOrDefault(code, code.toLowerCase().replace('_', ' '));
    }

    static String documentLabel(String code) {
        return code == null ? "Document" : DOCUMENTS.getOrDefault(code, "Brief");
    }

    static String kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024f)) + " kB";
    }

    static String joined(List<String> items) {
        return items == null ? "" : String.join(", ", items);
    }

    /** One admission condition as a sentence part, e.g. "minstens 12 maanden relevante werkervaring". */
    static String text(Vacancies.Condition c) {
        String scope = scope(c.scope());
        String where = c.grades() != null && !c.grades().isEmpty() ? "in graad " + String.join(" of ", c.grades())
                : c.level() != null ? "op niveau " + c.level() : "";
        return switch (c.type() == null ? "" : c.type()) {
            case "DIPLOMA" -> "een diploma dat toegang geeft tot niveau " + c.level();
            case "RELEVANT_EXPERIENCE" -> "minstens " + months(c.minMonths()) + " relevante werkervaring";
            case "CAPACITY_TEST" -> "slagen voor de capaciteitstest";
            case "CONTRACT_TYPE" -> "tewerkgesteld met een " + contractLabel(c.contractType());
            case "LEVEL_SENIORITY" -> "minstens " + months(c.minMonths()) + " niveauanciënniteit " + where + scope;
            case "GRADE_SENIORITY" -> "minstens " + months(c.minMonths()) + " graadanciënniteit " + where + scope;
            case "SERVICE_SENIORITY" -> "minstens " + months(c.minMonths()) + " dienstanciënniteit" + scope;
            case "CURRENT_LEVEL_AT_LEAST" -> "nu tewerkgesteld op niveau " + c.level() + " of hoger" + scope;
            case "DRIVING_LICENCE" -> "een rijbewijs " + c.licenceCategory();
            default -> "een voorwaarde die de selectiedienst je toelicht";
        };
    }

    private static String scope(String scope) {
        if ("THIS_EMPLOYER".equals(scope)) {
            return " bij stad of OCMW";
        }
        if ("ANY_LOCAL_GOVERNMENT".equals(scope)) {
            return " bij stad of OCMW of een ander lokaal bestuur";
        }
        return "";
    }

    static String months(Integer months) {
        if (months == null) {
            return "";
        }
        if (months % 12 == 0 && months > 0) {
            return months == 12 ? "1 jaar" : months / 12 + " jaar";
        }
        return months == 1 ? "1 maand" : months + " maanden";
    }
}
