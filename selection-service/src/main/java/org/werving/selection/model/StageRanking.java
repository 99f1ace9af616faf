package org.werving.selection.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The documented scoring and closing rules of a jury-scored stage, free of I/O.
 *
 * <p><b>Stage score (/100).</b> Each member scores each component on the stage's scale (0..scale); a
 * component that measures competencies is scored once per competency, and its score is the plain mean of
 * those competency scores. A member's mark is the weighted mean of their component scores, each converted
 * to /100 (score / scale x 100, weights from the procedure, default 1). The stage score is the plain mean
 * of the members' marks, rounded half-up to two decimals (intermediate results keep ten decimals).
 * Example: scale 10, Case (weight 2) measuring Analyse 8 and Resultaatgerichtheid 6 = 7 → 70; Jurygesprek
 * (weight 1) 9 → 90; the member's mark (2 x 70 + 90) / 3 = 76.67.
 *
 * <p><b>Closing.</b> A score equal to or above the pass mark passes (60 passes, 59.99 fails). Failing
 * an eliminating stage, or the final stage, eliminates; failing a non-eliminating stage does not.
 * Of those who go on, when the stage has a top-N, only the N best go on; candidates tied with the
 * N-th are handled by the {@link TieRule}: INCLUDE_ALL_TIED lets all of them go on,
 * EARLIEST_APPLICATION keeps exactly N by the earliest application. Ranks: highest score first;
 * INCLUDE_ALL_TIED gives tied candidates the same rank (1, 2, 2, 4), EARLIEST_APPLICATION distinct ranks.
 */
public final class StageRanking {
    private StageRanking() {
    }

    public record Participant(UUID applicationId, OffsetDateTime appliedAt, BigDecimal score) {
    }

    public enum Verdict { GOES_ON, BELOW_PASS_MARK, OUTSIDE_TOP_N }

    public record Outcome(Participant participant, int rank, boolean passed, Verdict verdict, int rankAmongGoingOn) {
    }

    /** The stage score /100 of one candidate from the members' scores (all present). */
    public static BigDecimal stageScore(Stage stage, List<String> members,
            Map<String, Map<Stage.ScoreKey, BigDecimal>> byMember) {
        BigDecimal total = BigDecimal.ZERO;
        for (String member : members) {
            total = total.add(memberMark(stage, byMember.getOrDefault(member, Map.of())));
        }
        return total.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * One member's mark /100 (unrounded): per component the mean of its competency scores (or its one score),
     * converted to /100, then the weighted mean of the components.
     */
    static BigDecimal memberMark(Stage stage, Map<Stage.ScoreKey, BigDecimal> scores) {
        BigDecimal scale = BigDecimal.valueOf(stage.scaleOrDefault());
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (Stage.Component component : stage.componentsOrDefault()) {
            List<Stage.ScoreKey> keys = component.scoreKeys();
            BigDecimal sum = BigDecimal.ZERO;
            for (Stage.ScoreKey key : keys) {
                sum = sum.add(Objects.requireNonNull(scores.get(key), "missing score"));
            }
            BigDecimal outOf100 = sum.multiply(BigDecimal.valueOf(100))
                    .divide(scale.multiply(BigDecimal.valueOf(keys.size())), 10, RoundingMode.HALF_UP);
            weighted = weighted.add(outOf100.multiply(BigDecimal.valueOf(component.weightOrOne())));
            weights += component.weightOrOne();
        }
        return weighted.divide(BigDecimal.valueOf(weights), 10, RoundingMode.HALF_UP);
    }

    /**
     * A candidate's profile per competency measured in the stage: the mean /100 of every score given on that
     * competency, over all members and all components that measure it, rounded half-up to two decimals.
     * Informative for the jury and the report; the stage score is not derived from it.
     */
    public static Map<String, BigDecimal> competencyProfile(Stage stage, List<MemberScore> scores) {
        BigDecimal scale = BigDecimal.valueOf(stage.scaleOrDefault());
        Map<String, List<BigDecimal>> per = new java.util.LinkedHashMap<>();
        java.util.Set<Stage.ScoreKey> cells = new java.util.HashSet<>(stage.scoreSheet());
        for (Stage.ScoreKey key : stage.scoreSheet()) {
            if (key.competency() != null) {
                per.putIfAbsent(key.competency(), new ArrayList<>());
            }
        }
        for (MemberScore s : scores) {
            // only the cells of the procedure as it stands: a score left from before an amendment does not count
            if (s.competency != null && cells.contains(new Stage.ScoreKey(s.component, s.competency))) {
                per.get(s.competency).add(s.score);
            }
        }
        Map<String, BigDecimal> profile = new java.util.LinkedHashMap<>();
        per.forEach((competency, values) -> {
            if (!values.isEmpty()) {
                BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                profile.put(competency, sum.multiply(BigDecimal.valueOf(100))
                        .divide(scale.multiply(BigDecimal.valueOf(values.size())), 2, RoundingMode.HALF_UP));
            }
        });
        return profile;
    }

    /** Groups member scores per member and score-sheet cell (component, competency). */
    public static Map<String, Map<Stage.ScoreKey, BigDecimal>> byMember(List<MemberScore> scores) {
        Map<String, Map<Stage.ScoreKey, BigDecimal>> map = new java.util.HashMap<>();
        for (MemberScore s : scores) {
            map.computeIfAbsent(s.member, m -> new java.util.HashMap<>())
                    .put(new Stage.ScoreKey(s.component, s.competency), s.score);
        }
        return map;
    }

    static Comparator<Participant> order() {
        return Comparator.comparing(Participant::score).reversed()
                .thenComparing(Participant::appliedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Participant::applicationId);
    }

    /** Ranks of a sorted list under the tie rule. */
    static List<Integer> ranks(List<Participant> sorted, TieRule rule) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (rule == TieRule.INCLUDE_ALL_TIED && i > 0
                    && sorted.get(i).score().compareTo(sorted.get(i - 1).score()) == 0) {
                ranks.add(ranks.get(i - 1));
            } else {
                ranks.add(i + 1);
            }
        }
        return ranks;
    }

    /** Whether a stage score reaches the stage's pass mark: at or above it (60 passes, 59.99 does not). */
    public static boolean passes(Stage stage, BigDecimal score) {
        return score.compareTo(BigDecimal.valueOf(stage.passMark())) >= 0;
    }

    /** Applies the pass mark and the top-N cut; the result is in rank order. */
    public static List<Outcome> close(Stage stage, boolean finalStage, List<Participant> participants, TieRule rule) {
        List<Participant> sorted = participants.stream().sorted(order()).toList();
        List<Integer> ranks = ranks(sorted, rule);
        List<Participant> goingOn = sorted.stream()
                .filter(p -> passes(stage, p.score()) || (!stage.eliminating() && !finalStage))
                .toList();
        List<Integer> goingOnRanks = ranks(goingOn, rule);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Participant p = sorted.get(i);
            boolean passed = passes(stage, p.score());
            int index = goingOn.indexOf(p);
            Verdict verdict;
            int among = index < 0 ? 0 : goingOnRanks.get(index);
            if (index < 0) {
                verdict = Verdict.BELOW_PASS_MARK;
            } else if (stage.topN() != null && among > stage.topN()) {
                verdict = Verdict.OUTSIDE_TOP_N;
            } else {
                verdict = Verdict.GOES_ON;
            }
            outcomes.add(new Outcome(p, ranks.get(i), passed, verdict, among));
        }
        return outcomes;
    }

    /** The lowest score that still went on through the top-N cut, for the motivation of those outside it. */
    public static BigDecimal cutScore(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.verdict() == Verdict.GOES_ON).map(o -> o.participant().score())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** The final ranking of the laureates, under the tie rule. */
    public static List<Outcome> finalRanking(List<Participant> laureates, TieRule rule) {
        List<Participant> sorted = laureates.stream().sorted(order()).toList();
        List<Integer> ranks = ranks(sorted, rule);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            outcomes.add(new Outcome(sorted.get(i), ranks.get(i), true, Verdict.GOES_ON, ranks.get(i)));
        }
        return outcomes;
    }
}
