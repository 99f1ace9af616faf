package org.werving.selection.service;

import org.werving.selection.model.Admission;
import org.werving.selection.model.AdmissionOutcome;
import org.werving.selection.model.Alternative;
import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.CandidateFacts.Seniority;
import org.werving.selection.model.CandidateFacts.SeniorityKind;
import org.werving.selection.model.Condition;
import org.werving.selection.model.ConditionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Screens a candidate against a vacancy's admission conditions. Pure: no I/O, no clock.
 *
 * <ul>
 * <li>Track: an external candidate is screened against {@code admission.external}. An internal
 * candidate against {@code admission.internal} <em>and</em> {@code admission.external}: an employee
 * may always take the route open to anyone, so the external alternatives are a fallback for
 * internal candidates (the internal ones are listed, and preferred, first).</li>
 * <li>Any alternative suffices; every condition of an alternative must hold.</li>
 * <li>{@code DIPLOMA {level}}: the candidate's diploma gives access to at least that level
 * (A &gt; B &gt; C &gt; D &gt; E; no diploma never does).</li>
 * <li>{@code RELEVANT_EXPERIENCE {minMonths}}: {@code relevantExperienceMonths >= minMonths}
 * (unknown experience counts as 0 months).</li>
 * <li>{@code LEVEL_SENIORITY}, {@code GRADE_SENIORITY} {minMonths, level or grades, scope}: the candidate is
 * now at that level or grade and has at least minMonths of that seniority in the scope;
 * {@code SERVICE_SENIORITY} {minMonths, scope}: at least minMonths of service seniority in the scope.
 * Scope {@code THIS_EMPLOYER} counts months earned with stad or OCMW only, {@code ANY_LOCAL_GOVERNMENT}
 * (or no scope) adds those earned at another local government; see {@code checkSeniority}.</li>
 * <li>{@code CAPACITY_TEST}: not checked here; it makes the admission conditional on passing the
 * level and capacity test.</li>
 * <li>A condition type this class does not know cannot be checked automatically and does not hold.</li>
 * <li>When several alternatives hold, one without a capacity test wins (diploma holders are
 * exempt from the test); then the internal track; then the published order.</li>
 * <li>A vacancy without any alternative admits everyone; a vacancy with only internal
 * alternatives admits no external candidate.</li>
 * </ul>
 */
public final class AdmissionEvaluator {
    static final String LEVELS = "EDCBA"; // index = rank

    /** One alternative checked: which track it came from, whether it holds, and why. */
    record Checked(Alternative alternative, boolean internalTrack, int position, boolean holds, boolean capacityTest,
            List<String> met, List<String> failed) {
    }

    public AdmissionOutcome evaluate(Admission admission, boolean internal, CandidateFacts facts) {
        Admission conditions = admission == null ? Admission.NONE : admission;
        CandidateFacts candidate = facts == null ? CandidateFacts.NONE : facts;

        List<Checked> checked = new ArrayList<>();
        if (internal) {
            check(conditions.internalOrEmpty(), true, candidate, checked);
        }
        if (!internal || conditions.staffJudgedOnExternal()) {
            check(conditions.externalOrEmpty(), false, candidate, checked);
        }

        if (checked.isEmpty()) {
            if (conditions.externalOrEmpty().isEmpty() && conditions.internalOrEmpty().isEmpty()) {
                return new AdmissionOutcome(true, false, null,
                        "Toegelaten: de vacature stelt geen toelatingsvoorwaarden.", List.of());
            }
            String reason = "de vacature staat enkel open voor interne kandidaten";
            return new AdmissionOutcome(false, false, null, "Niet toegelaten: " + reason + ".", List.of(reason));
        }

        Optional<Checked> best = checked.stream().filter(Checked::holds)
                .min(Comparator.comparing(Checked::capacityTest)
                        .thenComparing(c -> !c.internalTrack())
                        .thenComparingInt(Checked::position));
        if (best.isPresent()) {
            Checked admittedBy = best.get();
            List<String> grounds = new ArrayList<>(admittedBy.met());
            if (admittedBy.capacityTest()) {
                grounds.add("onder voorbehoud van slagen voor de niveau- en capaciteitstest");
            }
            String motivation = "Toegelaten via " + name(admittedBy, internal)
                    + (grounds.isEmpty() ? "" : ": " + String.join("; ", grounds)) + "."
                    + (internal && !admittedBy.internalTrack() && !conditions.internalOrEmpty().isEmpty()
                            ? " De vacature laat personeelsleden ook toe via de voorwaarden voor externe kandidaten."
                            : "");
            return new AdmissionOutcome(true, admittedBy.capacityTest(), admittedBy.alternative().label(), motivation,
                    List.of(), admittedBy.internalTrack() ? AdmissionOutcome.INTERNAL : AdmissionOutcome.EXTERNAL);
        }
        List<String> reasons = checked.stream()
                .map(c -> name(c, internal) + ": " + String.join("; ", c.failed()))
                .toList();
        String motivation = "Niet toegelaten: " + (internal && !conditions.staffJudgedOnExternal()
                ? "geen enkel alternatief van de toelatingsvoorwaarden voor interne kandidaten is vervuld (de vacature "
                        + "laat personeelsleden niet toe via de voorwaarden voor externe kandidaten) ("
                : "geen enkel alternatief van de toelatingsvoorwaarden is vervuld (")
                + String.join(" | ", reasons) + ").";
        return new AdmissionOutcome(false, false, null, motivation, reasons);
    }

    private static void check(List<Alternative> alternatives, boolean internalTrack, CandidateFacts facts,
            List<Checked> into) {
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alternative = alternatives.get(i);
            List<String> met = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            boolean capacityTest = false;
            for (Condition condition : alternative.conditionsOrEmpty()) {
                if (condition.kind() == ConditionType.CAPACITY_TEST) {
                    capacityTest = true;
                } else {
                    checkCondition(condition, facts, met, failed);
                }
            }
            into.add(new Checked(alternative, internalTrack, i, failed.isEmpty(), capacityTest, met, failed));
        }
    }

    private static void checkCondition(Condition condition, CandidateFacts facts, List<String> met, List<String> failed) {
        switch (condition.kind()) {
            case DIPLOMA -> {
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
            case RELEVANT_EXPERIENCE -> {
                int minimum = condition.minMonths() == null ? 0 : condition.minMonths();
                int months = facts.relevantExperienceMonths() == null ? 0 : facts.relevantExperienceMonths();
                if (months >= minimum) {
                    met.add("relevante ervaring " + months + " maanden (minimum " + minimum + ")");
                } else {
                    failed.add("relevante ervaring " + months + " maanden, minimum " + minimum + " vereist");
                }
            }
            case CONTRACT_TYPE -> {
                String required = normaliseContract(condition.requiredContract());
                String held = normaliseContract(facts.contractType());
                boolean holds = required == null || (held != null && (held.equals(required)
                        || ("INDEFINITE".equals(required) && INDEFINITE_LIKE.contains(held))));
                String shown = facts.contractType() == null ? "contract niet opgegeven" : contractWords(held);
                (holds ? met : failed).add(holds ? shown + " (vereist: " + contractWords(required) + ")"
                        : shown + ", " + contractWords(required) + " vereist");
            }
            case LEVEL_SENIORITY, GRADE_SENIORITY -> {
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
            case SERVICE_SENIORITY -> checkSeniority(condition, "dienstanciënniteit", "",
                    facts.seniority(SeniorityKind.SERVICE), met, failed);
            case CURRENT_LEVEL_AT_LEAST -> {
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
            case DRIVING_LICENCE -> {
                if (Boolean.TRUE.equals(facts.drivingLicence())) {
                    met.add("rijbewijs " + condition.requiredLicence());
                } else {
                    failed.add("geen rijbewijs " + condition.requiredLicence() + ", rijbewijs " + condition.requiredLicence()
                            + " vereist");
                }
            }
            default -> failed.add("voorwaarde " + condition.type() + " kan niet automatisch gecontroleerd worden");
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

    private static String normalise(String level) {
        return level == null || level.isBlank() ? null : level.trim().toUpperCase(Locale.ROOT);
    }

    private static String name(Checked checked, boolean internalCandidate) {
        String label = checked.alternative().label() == null || checked.alternative().label().isBlank()
                ? "alternatief " + (checked.position() + 1) : checked.alternative().label();
        // an internal candidate is screened on two tracks: say which one
        return internalCandidate ? label + (checked.internalTrack() ? " (intern)" : " (extern)") : label;
    }
}
