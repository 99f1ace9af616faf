package org.werving.selection.model;

import org.junit.jupiter.api.Test;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.model.Stage;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.StageRanking.Outcome;
import org.werving.selection.model.StageRanking.Participant;
import org.werving.selection.model.StageVerdicts.Context;
import org.werving.selection.model.StageVerdicts.Meaning;
import org.werving.selection.model.StageVerdicts.StageVerdict;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a stage outcome means for the candidate and how it is told: one rule for a jury and for HR's scores. */
class StageVerdictsTest {
    private static final Stage SPEED = new Stage(1, "SPEED_INTERVIEW", "Speedinterview", true, 60, 7);
    private static final Stage COMBINED = new Stage(2, "COMBINED_TEST", "Gecombineerde proef", true, 60, null);
    private static final Stage INFORMATIVE = new Stage(1, "SPEED_INTERVIEW", "Speedinterview", false, 60, null);
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-25T10:00:00Z");

    private static List<Outcome> nine(TieRule rule) {
        String[] scores = {"95", "90", "85", "80", "75", "72", "70", "70", "60", "59.99"};
        List<Participant> people = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            people.add(new Participant(UUID.nameUUIDFromBytes(("p" + i).getBytes()), T0.plusMinutes(i),
                    new BigDecimal(scores[i])));
        }
        return StageRanking.close(SPEED, false, people, rule);
    }

    private static Context speed(List<Outcome> outcomes, TieRule rule) {
        return new Context(SPEED, COMBINED, rule, StageVerdicts.juryScored(3, 1), StageRanking.cutScore(outcomes),
                outcomes.size());
    }

    @Test
    void aCandidateCutByTheTopNAboveThePassMarkIsOutAndToldWhy() {
        List<Outcome> outcomes = nine(TieRule.EARLIEST_APPLICATION);
        Outcome eighth = outcomes.get(7); // 70, applied later than the other 70
        StageVerdict verdict = StageVerdicts.of(speed(outcomes, TieRule.EARLIEST_APPLICATION), eighth, Map.of());
        assertEquals(Meaning.ELIMINATED, verdict.meaning());
        assertEquals(DecisionKind.ELIMINATED, verdict.kind());
        assertEquals(CandidacyStatus.ELIMINATED, verdict.status());
        assertEquals(StageRanking.Verdict.OUTSIDE_TOP_N, verdict.cause());
        assertEquals("Speedinterview: 70/100 (gemiddelde van 3 juryleden, waarvan 1 extern), rang 8 van 10 "
                + "(minimum 60): geslaagd, maar niet bij de 7 best gerangschikte kandidaten die doorgaan (rang 8 onder "
                + "wie de cesuur haalde; de laatste die doorgaat heeft 70/100; bij gelijke score gaat wie het eerst "
                + "solliciteerde voor). De procedure stopt hier.", verdict.motivation());
    }

    @Test
    void belowThePassMarkByTheSmallestStepEliminatesWithTheDutchNumber() {
        List<Outcome> outcomes = nine(TieRule.INCLUDE_ALL_TIED);
        StageVerdict last = StageVerdicts.of(speed(outcomes, TieRule.INCLUDE_ALL_TIED), outcomes.get(9), Map.of());
        assertEquals(Meaning.ELIMINATED, last.meaning());
        assertEquals(StageRanking.Verdict.BELOW_PASS_MARK, last.cause());
        assertEquals("Speedinterview: 59,99/100 (gemiddelde van 3 juryleden, waarvan 1 extern), rang 10 van 10, "
                + "minimum 60 vereist: niet geslaagd.", last.motivation());
        // under INCLUDE_ALL_TIED the two at 70 both go on; exactly 60 is above the cut of 7 → out, but passed
        StageVerdict sixty = StageVerdicts.of(speed(outcomes, TieRule.INCLUDE_ALL_TIED), outcomes.get(8), Map.of());
        assertEquals(StageRanking.Verdict.OUTSIDE_TOP_N, sixty.cause());
        StageVerdict tied = StageVerdicts.of(speed(outcomes, TieRule.INCLUDE_ALL_TIED), outcomes.get(7), Map.of());
        assertEquals(Meaning.GOES_ON, tied.meaning());
        assertEquals(DecisionKind.STAGE_COMPLETED, tied.kind());
    }

    @Test
    void goingOnAndPassingTheFinalStage() {
        List<Outcome> outcomes = nine(TieRule.INCLUDE_ALL_TIED);
        Map<String, BigDecimal> profile = new LinkedHashMap<>();
        profile.put("Klantgerichtheid", new BigDecimal("62.50"));
        StageVerdict first = StageVerdicts.of(speed(outcomes, TieRule.INCLUDE_ALL_TIED), outcomes.get(0), profile);
        assertEquals("Speedinterview: 95/100 (gemiddelde van 3 juryleden, waarvan 1 extern; per competentie: "
                + "Klantgerichtheid 62,5), rang 1 van 10 (minimum 60): geslaagd; bij de 7 best gerangschikten. "
                + "Door naar Gecombineerde proef.", first.motivation());

        Outcome single = StageRanking.close(COMBINED, true, List.of(new Participant(UUID.randomUUID(), T0,
                new BigDecimal("60.00"))), TieRule.INCLUDE_ALL_TIED).get(0);
        StageVerdict passed = StageVerdicts.of(new Context(COMBINED, null, TieRule.INCLUDE_ALL_TIED, null, null, 0),
                single, Map.of());
        assertEquals(Meaning.PASSED_SELECTION, passed.meaning());
        assertEquals(CandidacyStatus.PASSED, passed.status());
        assertEquals("Gecombineerde proef: 60/100 (minimum 60): geslaagd voor de selectie; eindscore 60/100.",
                passed.motivation());
    }

    @Test
    void failingANonEliminatingStageGoesOn() {
        Outcome low = StageRanking.close(INFORMATIVE, false, List.of(new Participant(UUID.randomUUID(), T0,
                new BigDecimal("41.5"))), TieRule.INCLUDE_ALL_TIED).get(0);
        StageVerdict verdict = StageVerdicts.of(new Context(INFORMATIVE, COMBINED, TieRule.INCLUDE_ALL_TIED, null,
                null, 0), low, Map.of());
        assertEquals(Meaning.GOES_ON, verdict.meaning());
        assertEquals("Speedinterview: 41,5/100, minimum 60: niet geslaagd, maar deze proef is niet eliminerend. "
                + "Door naar Gecombineerde proef.", verdict.motivation());
    }

    @Test
    void dutchNumbersAndTieRulesWithoutCodes() {
        assertEquals("59,9", Wording.number(new BigDecimal("59.90")));
        assertEquals("60", Wording.number(new BigDecimal("60.00")));
        assertEquals("100", Wording.number(new BigDecimal("1E+2")));
        assertEquals("0,01", Wording.number(new BigDecimal("0.01")));
        for (TieRule rule : TieRule.values()) {
            assertFalse(Wording.tieRule(rule).contains("_"), rule.name());
        }
        assertEquals("gemiddelde van 1 jurylid", StageVerdicts.juryScored(1, 0));
    }
}
