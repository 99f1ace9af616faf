package org.werving.selection.model;

import org.werving.selection.model.StageRanking.Outcome;
import org.werving.selection.model.StageRanking.Verdict;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a stage's outcome means for one candidate, and the motivation that tells it: the single place
 * where a closed stage (jury or HR scores) and HR's direct score of a stage without a top-N are worded
 * and turned into a decision. Pure: no I/O.
 *
 * <p>The motivation leads with the stage and the score, names how it was scored (number of jury
 * members, how many external; never who), the rank where there is a ranking, the pass mark, and for
 * a candidate outside a top-N the cut: the rank among those above the pass mark, the score of the last
 * one who went on, and the tie rule in words.
 */
public final class StageVerdicts {
    private StageVerdicts() {
    }

    /** What the candidate hears and what the candidacy becomes. */
    public enum Meaning { GOES_ON, PASSED_SELECTION, ELIMINATED }

    /** The decision for one candidate: the kind and status recorded, the meaning told, and why. */
    public record StageVerdict(Meaning meaning, Verdict cause, DecisionKind kind, CandidacyStatus status,
            String motivation) {
    }

    /**
     * The stage as it was decided. {@code next} is the stage after it (null for the final stage);
     * {@code scoredBy} how it was scored (e.g. "gemiddelde van 3 juryleden, waarvan 1 extern"), or null
     * for a score HR entered; {@code cut} the lowest score that went on (null without a top-N cut);
     * {@code participants} the number ranked (0: no ranking, a single score).
     */
    public record Context(Stage stage, Stage next, TieRule rule, String scoredBy, BigDecimal cut, int participants) {
        boolean finalStage() {
            return next == null;
        }
    }

    /** The decision for one outcome of the stage, with its profile per competency (may be empty). */
    public static StageVerdict of(Context context, Outcome outcome, Map<String, BigDecimal> profile) {
        Stage stage = context.stage();
        String head = head(context, outcome, profile);
        String minimum = " (minimum " + stage.passMark() + ")";
        return switch (outcome.verdict()) {
            case BELOW_PASS_MARK -> new StageVerdict(Meaning.ELIMINATED, outcome.verdict(), DecisionKind.ELIMINATED,
                    CandidacyStatus.ELIMINATED, head + ", minimum " + stage.passMark() + " vereist: niet geslaagd.");
            case OUTSIDE_TOP_N -> new StageVerdict(Meaning.ELIMINATED, outcome.verdict(), DecisionKind.ELIMINATED,
                    CandidacyStatus.ELIMINATED, head + (outcome.passed() ? minimum + ": geslaagd" : "")
                            + ", maar niet bij de " + stage.topN() + " best gerangschikte kandidaten die doorgaan (rang "
                            + outcome.rankAmongGoingOn() + " onder wie de cesuur haalde; de laatste die doorgaat heeft "
                            + Wording.number(context.cut()) + "/100; " + Wording.tieRule(context.rule())
                            + "). De procedure stopt hier.");
            case GOES_ON -> context.finalStage()
                    ? new StageVerdict(Meaning.PASSED_SELECTION, outcome.verdict(), DecisionKind.SELECTION_PASSED,
                            CandidacyStatus.PASSED,
                            head + minimum + ": geslaagd voor de selectie; eindscore "
                                    + Wording.number(outcome.participant().score()) + "/100.")
                    : new StageVerdict(Meaning.GOES_ON, outcome.verdict(), DecisionKind.STAGE_COMPLETED,
                            CandidacyStatus.IN_STAGE,
                            head + (outcome.passed() ? minimum + ": geslaagd"
                                    : ", minimum " + stage.passMark() + ": niet geslaagd, maar deze proef is niet eliminerend")
                                    + (stage.topN() == null ? "" : "; bij de " + stage.topN() + " best gerangschikten")
                                    + ". Door naar " + context.next().displayName() + ".");
        };
    }

    private static String head(Context context, Outcome outcome, Map<String, BigDecimal> profile) {
        StringBuilder text = new StringBuilder(context.stage().displayName()).append(": ")
                .append(Wording.number(outcome.participant().score())).append("/100");
        String perCompetency = profile.entrySet().stream()
                .map(e -> e.getKey() + " " + Wording.number(e.getValue())).collect(Collectors.joining(", "));
        if (context.scoredBy() != null || !perCompetency.isEmpty()) {
            text.append(" (").append(context.scoredBy() == null ? "" : context.scoredBy())
                    .append(context.scoredBy() != null && !perCompetency.isEmpty() ? "; " : "")
                    .append(perCompetency.isEmpty() ? "" : "per competentie: " + perCompetency).append(")");
        }
        if (context.participants() > 0) {
            text.append(", rang ").append(outcome.rank()).append(" van ").append(context.participants());
        }
        return text.toString();
    }

    /** How a jury scored, without naming anyone: "gemiddelde van 3 juryleden, waarvan 1 extern". */
    public static String juryScored(int members, long external) {
        return "gemiddelde van " + members + (members == 1 ? " jurylid" : " juryleden")
                + (external == 0 ? "" : ", waarvan " + external + " extern");
    }
}
