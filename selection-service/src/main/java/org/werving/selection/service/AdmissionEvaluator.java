package org.werving.selection.service;

import org.werving.selection.model.Admission;
import org.werving.selection.model.AdmissionOutcome;
import org.werving.selection.model.Alternative;
import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.Condition;
import org.werving.selection.model.ConditionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
                    ConditionChecks.check(condition, facts, met, failed);
                }
            }
            into.add(new Checked(alternative, internalTrack, i, failed.isEmpty(), capacityTest, met, failed));
        }
    }

    private static String name(Checked checked, boolean internalCandidate) {
        String label = checked.alternative().label() == null || checked.alternative().label().isBlank()
                ? "alternatief " + (checked.position() + 1) : checked.alternative().label();
        // an internal candidate is screened on two tracks: say which one
        return internalCandidate ? label + (checked.internalTrack() ? " (intern)" : " (extern)") : label;
    }
}
