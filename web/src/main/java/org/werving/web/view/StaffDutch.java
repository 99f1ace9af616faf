package org.werving.web.view;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Dutch words for the codes the HR and jury pages show (statuses, decisions, tracks) and Dutch numbers. */
@TemplateExtension
public final class StaffDutch {
    private static final Map<String, String> CANDIDACY = Map.of(
            "AWAITING_VACANCY", "wacht op de vacature", "NOT_ADMITTED", "niet toegelaten",
            "AWAITING_CAPACITY_TEST", "wacht op de capaciteitstest", "IN_STAGE", "in selectie",
            "ELIMINATED", "afgewezen", "PASSED", "geslaagd", "WITHDRAWN", "trok zich terug");
    private static final Map<String, String> ENTRY = Map.of(
            "ACTIVE", "beschikbaar", "TEMPORARILY_APPOINTED", "tijdelijk aangesteld", "APPOINTED", "vast aangesteld",
            "ENDED", "niet meer op de reserve");
    private static final Map<String, String> VACANCY = Map.of(
            "DRAFT", "ontwerp", "PUBLISHED", "gepubliceerd", "CLOSED", "afgesloten", "FILLED", "ingevuld",
            "ARCHIVED", "gearchiveerd");

    private StaffDutch() {
    }

    static String candidacyLabel(String code) {
        return code == null ? "" : CANDIDACY.getOrDefault(code, code.toLowerCase().replace('_', ' '));
    }

    static String entryLabel(String code) {
        return code == null ? "" : ENTRY.getOrDefault(code, code.toLowerCase().replace('_', ' '));
    }

    static String vacancyLabel(String code) {
        return code == null ? "" : VACANCY.getOrDefault(code, code.toLowerCase());
    }

    static String preselectionLabel(String code) {
        return code == null ? "nog niet beslist" : "RETAINED".equals(code) ? "weerhouden" : "niet weerhouden";
    }

    static String decisionLabel(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "AWAITING_VACANCY" -> "wacht op de vacature";
            case "SCREENING_PASSED" -> "toegelaten na screening";
            case "SCREENING_FAILED" -> "niet toegelaten na screening";
            case "SCREENING_OVERRIDDEN" -> "screening herzien door HR";
            case "PRESELECTION_RETAINED" -> "weerhouden in de preselectie";
            case "PRESELECTION_NOT_RETAINED" -> "niet weerhouden in de preselectie";
            case "CAPACITY_TEST_PASSED" -> "geslaagd voor de capaciteitstest";
            case "CAPACITY_TEST_FAILED" -> "niet geslaagd voor de capaciteitstest";
            case "STAGE_COMPLETED" -> "geslaagd voor een fase";
            case "STAGE_CLOSED" -> "fase afgesloten";
            case "SELECTION_PASSED" -> "geslaagd voor de selectie";
            case "ELIMINATED" -> "afgewezen";
            case "JURY_ASSIGNED" -> "jury samengesteld";
            case "WITHDRAWN" -> "trok zich terug";
            case "DATA_ERASED" -> "gegevens gewist";
            default -> code.toLowerCase().replace('_', ' ');
        };
    }

    /** How a tie at the top-N cut is settled. */
    static String tieRuleLabel(String code) {
        if (code == null) {
            return "–";
        }
        return switch (code) {
            case "INCLUDE_ALL_TIED" -> "wie gelijk staat met de laatste plaats gaat ook door";
            case "EARLIEST_APPLICATION" -> "wie het eerst solliciteerde gaat voor";
            default -> code.toLowerCase().replace('_', ' ');
        };
    }

    static String reserveTypeLabel(String code) {
        return "PROMOTION".equals(code) ? "bevorderingsreserve" : "wervingsreserve";
    }

    /** A score the Dutch way: 7,5 (at most two decimals, no trailing zeros). */
    static String nl(BigDecimal number) {
        if (number == null) {
            return "–";
        }
        return number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String nl(Double number) {
        return number == null ? "–" : nl(BigDecimal.valueOf(number));
    }
}
