package org.werving.selection.service;

import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.CandidateFacts.Seniority;
import org.werving.selection.model.CandidateFacts.SeniorityKind;
import org.werving.selection.model.Condition;
import org.werving.selection.model.ConditionType;

import java.util.List;
import java.util.Locale;

/**
 * Checks one admission condition against the candidate's facts, adding what holds to {@code met} and what does
 * not to {@code failed}, in Dutch. Pure: no I/O. The {@link AdmissionEvaluator} combines the conditions.
 */
final class ConditionChecks {
    static final String LEVELS = "EDCBA"; // index = rank

    private ConditionChecks() {
    }

    static void check(Condition condition, CandidateFacts facts, List<String> met, List<String> failed) {
        switch (condition.kind()) {
            case DIPLOMA -> diploma(condition, facts, met, failed);
            case RELEVANT_EXPERIENCE -> experience(condition, facts, met, failed);
            case CONTRACT_TYPE -> contract(condition, facts, met, failed);
            case LEVEL_SENIORITY, GRADE_SENIORITY -> seniorityAt(condition, facts, met, failed);
            case SERVICE_SENIORITY -> checkSeniority(condition, "dienstanciënniteit", "",
                    facts.seniority(SeniorityKind.SERVICE), met, failed);
            case CURRENT_LEVEL_AT_LEAST -> currentLevel(condition, facts, met, failed);
            case DRIVING_LICENCE -> drivingLicence(condition, facts, met, failed);
            default -> failed.add("voorwaarde " + condition.type() + " kan niet automatisch gecontroleerd worden");
        }
    }

    private static void diploma(Condition condition, CandidateFacts facts, List<String> met,
            List<String> failed) {
        int required = rank(condition.level());
        if (required < 0) {
            failed.add("diplomavereiste zonder geldig niveau (" + condition.level() + ")");
            return;
        }
        String requiredLevel = normalise(condition.level());
        int held = rank(facts.diplomaLevel());
        if (held < 0) {
            failed.add((facts.diplomaLevel() == null ? "diploma niet opgegeven"
                    : "diplomaniveau onbekend (" + facts.diplomaLevel() + ")")
                    + ", minimum niveau " + requiredLevel + " vereist");
        } else if (held < required) {
            failed.add("diploma niveau " + normalise(facts.diplomaLevel()) + ", minimum niveau " + requiredLevel
                    + " vereist");
        } else {
            met.add("diploma niveau " + normalise(facts.diplomaLevel()) + " (minimum " + requiredLevel + ")");
        }
    }

    private static void experience(Condition condition, CandidateFacts facts, List<String> met,
            List<String> failed) {
        int minimum = condition.minMonths() == null ? 0 : condition.minMonths();
        int months = facts.relevantExperienceMonths() == null ? 0 : facts.relevantExperienceMonths();
        if (months >= minimum) {
            met.add("relevante ervaring " + months + " maanden (minimum " + minimum + ")");
        } else {
            failed.add("relevante ervaring " + months + " maanden, minimum " + minimum + " vereist");
        }
    }

    private static void contract(Condition condition, CandidateFacts facts, List<String> met,
            List<String> failed) {
        String required = normaliseContract(condition.requiredContract());
        String held = normaliseContract(facts.contractType());
        boolean holds = required == null || (held != null && (held.equals(required)
                || ("INDEFINITE".equals(required) && INDEFINITE_LIKE.contains(held))));
        String shown = facts.contractType() == null ? "contract niet opgegeven" : contractWords(held);
        (holds ? met : failed).add(holds ? shown + " (vereist: " + contractWords(required) + ")"
                : shown + ", " + contractWords(required) + " vereist");
    }

    private static void seniorityAt(Condition condition, CandidateFacts facts, List<String> met,
            List<String> failed) {
        boolean level = condition.kind() == ConditionType.LEVEL_SENIORITY;
        String what = level ? "niveauanciënniteit" : "graadanciënniteit";
        String at;
        boolean atRequired;
        if (condition.grades() != null && !condition.grades().isEmpty()) {
            at = "graad " + String.join("/", condition.grades());
            atRequired = facts.currentGrade() != null && condition.grades().stream()
                    .anyMatch(g -> g.equalsIgnoreCase(facts.currentGrade().trim()));
        } else if (condition.level() != null) {
            at = "niveau " + normalise(condition.level());
            String current = normalise(facts.currentLevel() != null ? facts.currentLevel()
                    : facts.currentGrade() == null || facts.currentGrade().isBlank() ? null
                            : facts.currentGrade().substring(0, 1));
            atRequired = normalise(condition.level()).equals(current);
        } else {
            at = "het huidige niveau";
            atRequired = true;
        }
        if (!atRequired) {
            int minimum = condition.minMonths() == null ? 0 : condition.minMonths();
            String current = facts.currentGrade() != null ? "graad " + facts.currentGrade()
                    : facts.currentLevel() != null ? "niveau " + normalise(facts.currentLevel()) : "geen niveau";
            failed.add(what + " op " + at + " vereist (minimum " + minimum + " maanden"
                    + scopeText(condition.scope()) + "), huidig " + current);
            return;
        }
        checkSeniority(condition, what, " op " + at,
                facts.seniority(level ? SeniorityKind.LEVEL : SeniorityKind.GRADE), met, failed);
    }

    private static void currentLevel(Condition condition, CandidateFacts facts, List<String> met,
            List<String> failed) {
        int required = rank(condition.level());
        String current = facts.currentLevel() != null ? facts.currentLevel()
                : facts.currentGrade() == null || facts.currentGrade().isBlank() ? null
                        : facts.currentGrade().substring(0, 1);
        int held = rank(current);
        if (required < 0) {
            failed.add("niveauvereiste zonder geldig niveau (" + condition.level() + ")");
        } else if (held < required) {
            failed.add("huidig niveau " + (current == null ? "onbekend" : normalise(current)) + ", minimum niveau "
                    + normalise(condition.level()) + " vereist");
        } else {
            met.add("huidig niveau " + normalise(current) + " (minimum " + normalise(condition.level()) + ")");
        }
    }

    private static void drivingLicence(Condition condition, CandidateFacts facts, List<String> met,
            List<String> failed) {
        if (Boolean.TRUE.equals(facts.drivingLicence())) {
            met.add("rijbewijs " + condition.requiredLicence());
        } else {
            failed.add("geen rijbewijs " + condition.requiredLicence() + ", rijbewijs " + condition.requiredLicence()
                    + " vereist");
        }
    }

    /**
     * Seniority counted in the condition's scope: {@code THIS_EMPLOYER} counts only the months earned
     * with stad or OCMW; {@code ANY_LOCAL_GOVERNMENT} (and a condition without a scope) adds the months
     * earned at another local government. A scope this service does not know cannot be checked.
     */
    private static void checkSeniority(Condition condition, String what, String at, Seniority seniority,
            List<String> met, List<String> failed) {
        int minimum = condition.minMonths() == null ? 0 : condition.minMonths();
        String scope = normalise(condition.scope());
        String scopeText = scopeText(condition.scope());
        int months;
        String counted;
        if ("THIS_EMPLOYER".equals(scope)) {
            months = seniority.thisEmployer();
            counted = months + " maanden" + at + (seniority.otherLocalGovernment() == 0 ? ""
                    : " (de " + seniority.otherLocalGovernment()
                            + " maanden bij een ander lokaal bestuur tellen hier niet mee)");
        } else if (scope == null || "ANY_LOCAL_GOVERNMENT".equals(scope)) {
            months = seniority.anyLocalGovernment();
            counted = seniority.otherLocalGovernment() == 0 ? months + " maanden" + at
                    : months + " maanden (" + seniority.thisEmployer() + " bij Stad of OCMW + "
                            + seniority.otherLocalGovernment() + " bij een ander lokaal bestuur)" + at;
        } else {
            failed.add(what + " met onbekende scope " + condition.scope()
                    + " kan niet automatisch gecontroleerd worden");
            return;
        }
        if (months >= minimum) {
            met.add(what + " " + counted + " (minimum " + minimum + scopeText + ")");
        } else {
            failed.add(what + " " + counted + ", minimum " + minimum + scopeText + " vereist");
        }
    }

    /** Contracts that satisfy a required indefinite contract ("contract van onbepaalde duur"). */
    static final java.util.Set<String> INDEFINITE_LIKE = java.util.Set.of("INDEFINITE", "INDEFINITE_RESOLUTIVE",
            "STATUTORY");

    /** A contract type as staff and candidates say it, never the code. */
    static String contractWords(String normalised) {
        if (normalised == null) {
            return "een contract";
        }
        return switch (normalised) {
            case "INDEFINITE" -> "contract van onbepaalde duur";
            case "INDEFINITE_RESOLUTIVE" -> "contract van onbepaalde duur met ontbindende voorwaarde";
            case "FIXED_TERM" -> "contract van bepaalde duur";
            case "STATUTORY" -> "statutaire aanstelling";
            default -> "contract " + normalised.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    static String normaliseContract(String contract) {
        String c = normalise(contract);
        return "INDEFINITE_WITH_RESOLUTIVE_CONDITION".equals(c) ? "INDEFINITE_RESOLUTIVE" : c;
    }

    static String scopeText(String scope) {
        String s = normalise(scope);
        if (s == null) {
            return "";
        }
        return switch (s) {
            case "THIS_EMPLOYER" -> " bij Stad of OCMW";
            case "ANY_LOCAL_GOVERNMENT" -> " bij Stad, OCMW of een ander lokaal bestuur";
            default -> " (" + scope + ")";
        };
    }

    /** A for the highest level, -1 for none or an unknown level. */
    static int rank(String level) {
        String normalised = normalise(level);
        return normalised == null || normalised.length() != 1 ? -1 : LEVELS.indexOf(normalised);
    }

    static String normalise(String level) {
        return level == null || level.isBlank() ? null : level.trim().toUpperCase(Locale.ROOT);
    }
}
