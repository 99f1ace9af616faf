package org.werving.selection.model;

import org.junit.jupiter.api.Test;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.Stage;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.StageRanking.Outcome;
import org.werving.selection.model.StageRanking.Participant;
import org.werving.selection.model.StageRanking.Verdict;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stage score rule, the pass mark, the top-N cut under both tie rules and the ranks. */
class StageRankingTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-25T10:00:00Z");

    private static Participant p(String name, String score, int minute) {
        return new Participant(UUID.nameUUIDFromBytes(name.getBytes()), T0.plusMinutes(minute), new BigDecimal(score));
    }

    private static final Stage SPEED = new Stage(1, "SPEED_INTERVIEW", "Speedinterview", true, 60, 7);

    /** Nine candidates; the 7th and 8th are tied at 70; one at exactly 60, one at 59.99. */
    private static List<Participant> nine() {
        return List.of(p("a", "95", 9), p("b", "90", 8), p("c", "85", 7), p("d", "80", 6), p("e", "75", 5),
                p("f", "72", 4), p("g", "70", 3), p("h", "70", 1), p("i", "60", 2), p("j", "59.99", 0));
    }

    private static Map<String, Verdict> verdicts(List<Outcome> outcomes) {
        return outcomes.stream().collect(java.util.stream.Collectors.toMap(
                o -> List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j").stream()
                        .filter(n -> UUID.nameUUIDFromBytes(n.getBytes()).equals(o.participant().applicationId()))
                        .findFirst().orElseThrow(), Outcome::verdict));
    }

    @Test
    void includeAllTiedLetsBothTiedCandidatesThrough() {
        List<Outcome> outcomes = StageRanking.close(SPEED, false, nine(), TieRule.INCLUDE_ALL_TIED);
        Map<String, Verdict> v = verdicts(outcomes);
        assertEquals(Verdict.GOES_ON, v.get("g"));
        assertEquals(Verdict.GOES_ON, v.get("h"));
        assertEquals(Verdict.OUTSIDE_TOP_N, v.get("i"));
        assertEquals(Verdict.BELOW_PASS_MARK, v.get("j"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 7, 9, 10), outcomes.stream().map(Outcome::rank).toList());
        assertEquals(8, outcomes.stream().filter(o -> o.verdict() == Verdict.GOES_ON).count());
        assertEquals(true, outcomes.get(8).passed()); // exactly 60 passes the mark
        assertEquals(false, outcomes.get(9).passed()); // 59.99 does not
    }

    @Test
    void earliestApplicationKeepsExactlyN() {
        List<Outcome> outcomes = StageRanking.close(SPEED, false, nine(), TieRule.EARLIEST_APPLICATION);
        Map<String, Verdict> v = verdicts(outcomes);
        assertEquals(Verdict.GOES_ON, v.get("h")); // applied at minute 1
        assertEquals(Verdict.OUTSIDE_TOP_N, v.get("g")); // applied at minute 3
        assertEquals(7, outcomes.stream().filter(o -> o.verdict() == Verdict.GOES_ON).count());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), outcomes.stream().map(Outcome::rank).toList());
    }

    @Test
    void nonEliminatingStageLetsFailuresThroughButNotTheFinalStage() {
        Stage informative = new Stage(1, "X", "X", false, 60, null);
        List<Participant> two = List.of(p("a", "80", 0), p("j", "40", 1));
        assertEquals(List.of(Verdict.GOES_ON, Verdict.GOES_ON), StageRanking.close(informative, false, two,
                TieRule.INCLUDE_ALL_TIED).stream().map(Outcome::verdict).toList());
        assertEquals(List.of(Verdict.GOES_ON, Verdict.BELOW_PASS_MARK), StageRanking.close(informative, true, two,
                TieRule.INCLUDE_ALL_TIED).stream().map(Outcome::verdict).toList());
    }

    @Test
    void stageScoreIsTheMeanOfMembersOfWeightedComponentsOnTheScale() {
        Stage combined = new Stage(2, "COMBINED_TEST", "Gecombineerde proef", true, 60, null,
                List.of(new Stage.Component("CASE", 2), new Stage.Component("INTERVIEW", 1)), 20, true);
        // member 1: case 15/20 (75), interview 12/20 (60) → (2*75 + 60)/3 = 70; member 2: 10/20, 20/20 → (100+100)/3 = 66.67
        BigDecimal score = StageRanking.stageScore(combined, List.of("m1", "m2"), Map.of(
                "m1", Map.of(whole("CASE"), new BigDecimal("15"), whole("INTERVIEW"), new BigDecimal("12")),
                "m2", Map.of(whole("CASE"), new BigDecimal("10"), whole("INTERVIEW"), new BigDecimal("20"))));
        assertEquals(new BigDecimal("68.33"), score);
    }

    @Test
    void aCellIsLabelledAsItsStageNamesItAndAStageScoredAsAWholeNeverShowsItsInternalComponent() {
        assertEquals(List.of(whole(Stage.DEFAULT_COMPONENT)), SPEED.scoreSheet());
        assertEquals("hele proef", SPEED.cellLabel(Stage.DEFAULT_COMPONENT, null));
        assertEquals("Case: Resultaatgerichtheid", PER_COMPETENCY.cellLabel("Case", "Resultaatgerichtheid"));
        assertEquals("Rollenspel", PER_COMPETENCY.cellLabel("Rollenspel", null));
        Stage namedInterview = new Stage(3, "INTERVIEW", "Gesprek", true, 60, null,
                List.of(new Stage.Component("INTERVIEW", 1)), 10, false);
        assertEquals("INTERVIEW", namedInterview.cellLabel("INTERVIEW", null)); // a component HR named so keeps its name
    }

    @Test
    void theOneLabelOfACellWithOrWithoutItsStage() {
        // no stage at hand: the default component alone is the score of a stage scored as a whole
        assertEquals("hele proef", Stage.cellLabel(null, Stage.DEFAULT_COMPONENT, null));
        assertEquals("Case", Stage.cellLabel(null, "Case", null));
        assertEquals("Case: Resultaatgerichtheid", Stage.cellLabel(null, "Case", "Resultaatgerichtheid"));
        assertEquals("INTERVIEW: Analyse", Stage.cellLabel(null, Stage.DEFAULT_COMPONENT, "Analyse"));
        // with its stage: what the stage gives
        assertEquals("hele proef", Stage.cellLabel(SPEED, Stage.DEFAULT_COMPONENT, null));
        assertEquals("Rollenspel", Stage.cellLabel(PER_COMPETENCY, "Rollenspel", null));
        Stage namedInterview = new Stage(3, "INTERVIEW", "Gesprek", true, 60, null,
                List.of(new Stage.Component("INTERVIEW", 1)), 10, false);
        assertEquals("INTERVIEW", Stage.cellLabel(namedInterview, "INTERVIEW", null));
    }

    private static Stage.ScoreKey whole(String component) {
        return new Stage.ScoreKey(component, null);
    }

    private static Stage.ScoreKey cell(String component, String competency) {
        return new Stage.ScoreKey(component, competency);
    }

    private static final Stage PER_COMPETENCY = new Stage(2, "COMBINED_TEST", "Gecombineerde proef", true, 60, null,
            List.of(new Stage.Component("Case", 2, List.of("Analyse", "Resultaatgerichtheid")),
                    new Stage.Component("Jurygesprek", 1, List.of("Klantgerichtheid", "Analyse")),
                    new Stage.Component("Rollenspel", 1)), 10, false);

    @Test
    void aComponentThatMeasuresCompetenciesIsTheMeanOfItsCompetencyScores() {
        assertEquals(List.of(cell("Case", "Analyse"), cell("Case", "Resultaatgerichtheid"),
                cell("Jurygesprek", "Klantgerichtheid"), cell("Jurygesprek", "Analyse"), whole("Rollenspel")),
                PER_COMPETENCY.scoreSheet());
        // m1: case (8 + 6) / 2 = 7 → 70 (weight 2); interview (9 + 7) / 2 = 8 → 80; role play 5 → 50;
        //     (2 x 70 + 80 + 50) / 4 = 67.5
        // m2: case (6 + 6) / 2 = 6 → 60; interview (5 + 4) / 2 = 4.5 → 45; role play 7 → 70; (120 + 45 + 70) / 4 = 58.75
        // stage: (67.5 + 58.75) / 2 = 63.125 → 63.13 (half up)
        Map<String, Map<Stage.ScoreKey, BigDecimal>> scores = Map.of(
                "m1", Map.of(cell("Case", "Analyse"), new BigDecimal("8"), cell("Case", "Resultaatgerichtheid"),
                        new BigDecimal("6"), cell("Jurygesprek", "Klantgerichtheid"), new BigDecimal("9"),
                        cell("Jurygesprek", "Analyse"), new BigDecimal("7"), whole("Rollenspel"), new BigDecimal("5")),
                "m2", Map.of(cell("Case", "Analyse"), new BigDecimal("6"), cell("Case", "Resultaatgerichtheid"),
                        new BigDecimal("6"), cell("Jurygesprek", "Klantgerichtheid"), new BigDecimal("5"),
                        cell("Jurygesprek", "Analyse"), new BigDecimal("4"), whole("Rollenspel"), new BigDecimal("7")));
        assertEquals(new BigDecimal("63.13"), StageRanking.stageScore(PER_COMPETENCY, List.of("m1", "m2"), scores));
    }

    @Test
    void competencyProfileAveragesEveryScoreOfACompetencyOverMembersAndComponents() {
        List<MemberScore> given = List.of(score("m1", "Case", "Analyse", "8"), score("m1", "Jurygesprek", "Analyse", "7"),
                score("m2", "Case", "Analyse", "6"), score("m2", "Jurygesprek", "Analyse", "4"),
                score("m1", "Jurygesprek", "Klantgerichtheid", "9"), score("m2", "Jurygesprek", "Klantgerichtheid", "5"),
                score("m1", "Rollenspel", null, "5"),
                // left from before an amendment moved Klantgerichtheid out of the case: not counted
                score("m1", "Case", "Klantgerichtheid", "1"));
        Map<String, BigDecimal> profile = StageRanking.competencyProfile(PER_COMPETENCY, given);
        // Analyse (8 + 7 + 6 + 4) / 4 = 6.25 → 62.5; Klantgerichtheid (9 + 5) / 2 = 7 → 70; Resultaatgerichtheid: no
        // score yet, left out; the role play is scored as a whole and is no competency
        assertEquals(List.of("Analyse", "Klantgerichtheid"), List.copyOf(profile.keySet()));
        assertEquals(0, new BigDecimal("62.5").compareTo(profile.get("Analyse")));
        assertEquals(0, new BigDecimal("70").compareTo(profile.get("Klantgerichtheid")));
    }

    private static MemberScore score(String member, String component, String competency, String value) {
        MemberScore s = new MemberScore();
        s.member = member;
        s.component = component;
        s.competency = competency;
        s.score = new BigDecimal(value);
        return s;
    }

    @Test
    void aScoreSheetIsRefusedWholeNamingEveryFaultyCell() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(org.werving.chassis.problem.ProblemException.class,
                () -> ScoreSheetRules.validate(PER_COMPETENCY, List.of(
                        new ScoreEntry("Case", "Analyse", new BigDecimal("8")),
                        new ScoreEntry("Case", null, new BigDecimal("8")),
                        new ScoreEntry("Case", "Klantgerichtheid", new BigDecimal("8")),
                        new ScoreEntry("Rollenspel", "Analyse", new BigDecimal("8")),
                        new ScoreEntry("Jurygesprek", "Analyse", new BigDecimal("10.5")),
                        new ScoreEntry("Case", "Analyse", new BigDecimal("9")),
                        new ScoreEntry("Presentatie", null, new BigDecimal("1"))), "scores"));
        assertEquals(400, error.status());
        assertEquals(List.of("scores[1].competency", "scores[2].competency", "scores[3].competency", "scores[4].score",
                "scores[5].competency", "scores[6].component"),
                error.toProblem("test").errors().stream().map(e -> e.field()).toList(),
                error.toProblem("test").errors().toString());
        // a component of its own, on the edge of the scale: valid
        assertEquals(List.of(cell("Case", "Analyse"), whole("Rollenspel")), ScoreSheetRules.validate(PER_COMPETENCY,
                List.of(new ScoreEntry("Case", " Analyse ", BigDecimal.TEN),
                        new ScoreEntry("Rollenspel", null, BigDecimal.ZERO)), "scores"));
    }
}
