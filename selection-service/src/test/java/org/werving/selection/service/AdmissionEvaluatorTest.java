package org.werving.selection.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.werving.selection.model.Admission;
import org.werving.selection.model.AdmissionOutcome;
import org.werving.selection.model.Alternative;
import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.Condition;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admission rules of the postings, without a database or a broker. */
class AdmissionEvaluatorTest {
    private final AdmissionEvaluator evaluator = new AdmissionEvaluator();

    private static Condition diploma(String level) {
        return new Condition("DIPLOMA", level, null);
    }

    private static Condition experience(int months) {
        return new Condition("RELEVANT_EXPERIENCE", null, months);
    }

    private static final Condition CAPACITY_TEST = new Condition("CAPACITY_TEST", null, null);

    private static final Alternative BACHELOR = new Alternative("bachelor", List.of(diploma("B")));
    private static final Alternative EXPERIENCE_AND_TEST = new Alternative("ervaring en capaciteitstest",
            List.of(experience(12), CAPACITY_TEST));
    /** The Werkvloerbegeleider posting: a bachelor, or 1 year of experience and the capacity test. */
    private static final Admission POSTING = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of());

    private AdmissionOutcome external(Admission admission, String diplomaLevel, Integer months) {
        return evaluator.evaluate(admission, false, new CandidateFacts(diplomaLevel, months));
    }

    @Test
    void bachelorIsAdmittedWithoutTest() {
        AdmissionOutcome outcome = external(POSTING, "B", 0);
        assertTrue(outcome.admitted());
        assertFalse(outcome.capacityTestRequired());
        assertEquals("bachelor", outcome.alternative());
        assertEquals("Toegelaten via bachelor: diploma niveau B (minimum B).", outcome.motivation());
        assertTrue(outcome.reasons().isEmpty());
    }

    @Test
    void higherDiplomaCountsForALowerLevel() {
        AdmissionOutcome outcome = external(POSTING, "A", null);
        assertTrue(outcome.admitted());
        assertEquals("bachelor", outcome.alternative());
        assertFalse(outcome.capacityTestRequired());
    }

    @Test
    void diplomaHolderWithExperienceIsExemptFromTheTest() {
        // both alternatives hold: the one without a capacity test wins, though it is listed second here
        Admission testFirst = new Admission(List.of(EXPERIENCE_AND_TEST, BACHELOR), List.of());
        AdmissionOutcome outcome = external(testFirst, "B", 40);
        assertTrue(outcome.admitted());
        assertFalse(outcome.capacityTestRequired());
        assertEquals("bachelor", outcome.alternative());
    }

    @Test
    void experienceWithoutDiplomaIsAdmittedOnConditionOfTheTest() {
        AdmissionOutcome outcome = external(POSTING, null, 30);
        assertTrue(outcome.admitted());
        assertTrue(outcome.capacityTestRequired());
        assertEquals("ervaring en capaciteitstest", outcome.alternative());
        assertEquals("Toegelaten via ervaring en capaciteitstest: relevante ervaring 30 maanden (minimum 12); "
                + "onder voorbehoud van slagen voor de niveau- en capaciteitstest.", outcome.motivation());
    }

    @ParameterizedTest(name = "{0} months of experience against a minimum of 12: admitted {1}")
    @CsvSource({"12, true", "11, false", "13, true", "0, false"})
    void experienceBoundaryIsInclusive(int months, boolean admitted) {
        assertEquals(admitted, external(POSTING, "C", months).admitted());
    }

    @Test
    void lowerDiplomaAndTooLittleExperienceGivesOneReasonPerAlternative() {
        AdmissionOutcome outcome = external(POSTING, "C", 3);
        assertFalse(outcome.admitted());
        assertFalse(outcome.capacityTestRequired());
        assertNull(outcome.alternative());
        assertEquals(List.of(
                "bachelor: diploma niveau C, minimum niveau B vereist",
                "ervaring en capaciteitstest: relevante ervaring 3 maanden, minimum 12 vereist"), outcome.reasons());
        assertTrue(outcome.motivation().startsWith("Niet toegelaten: geen enkel alternatief"));
        assertTrue(outcome.motivation().contains("relevante ervaring 3 maanden, minimum 12 vereist"));
    }

    @Test
    void noDiplomaIsNamedAsSuch() {
        AdmissionOutcome outcome = external(POSTING, null, null);
        assertFalse(outcome.admitted());
        assertEquals(List.of(
                "bachelor: geen diploma, minimum niveau B vereist",
                "ervaring en capaciteitstest: relevante ervaring 0 maanden, minimum 12 vereist"), outcome.reasons());
    }

    @Test
    void everyFailedConditionOfAnAlternativeIsListed() {
        Admission strict = new Admission(List.of(new Alternative("bachelor en 4 jaar ervaring",
                List.of(diploma("B"), experience(48)))), List.of());
        AdmissionOutcome outcome = external(strict, "D", 20);
        assertEquals(List.of("bachelor en 4 jaar ervaring: diploma niveau D, minimum niveau B vereist; "
                + "relevante ervaring 20 maanden, minimum 48 vereist"), outcome.reasons());
        // and all conditions must hold: a diploma alone is not enough
        assertFalse(external(strict, "B", 47).admitted());
        assertTrue(external(strict, "B", 48).admitted());
    }

    @Test
    void levelsRankAAboveE() {
        Admission levelC = new Admission(List.of(new Alternative("niveau C", List.of(diploma("C")))), List.of());
        assertTrue(external(levelC, "A", 0).admitted());
        assertTrue(external(levelC, "B", 0).admitted());
        assertTrue(external(levelC, "c", 0).admitted());
        assertFalse(external(levelC, "D", 0).admitted());
        assertFalse(external(levelC, "E", 0).admitted());
        assertEquals(List.of("niveau C: diplomaniveau onbekend (X), minimum niveau C vereist"),
                external(levelC, "X", 0).reasons());
    }

    @Test
    void zeroMonthsMinimumAdmitsWithoutExperience() {
        Admission anyone = new Admission(List.of(new Alternative("capaciteitstest", List.of(experience(0), CAPACITY_TEST))),
                List.of());
        AdmissionOutcome outcome = external(anyone, null, null);
        assertTrue(outcome.admitted());
        assertTrue(outcome.capacityTestRequired());
    }

    @Test
    void internalCandidateIsScreenedOnTheInternalTrack() {
        Alternative internalRoute = new Alternative("niveau C en 4 jaar", List.of(diploma("C"), experience(48)));
        Admission admission = new Admission(List.of(BACHELOR), List.of(internalRoute));
        AdmissionOutcome outcome = evaluator.evaluate(admission, true, new CandidateFacts("C", 60));
        assertTrue(outcome.admitted());
        assertEquals("niveau C en 4 jaar", outcome.alternative());
        assertTrue(outcome.motivation().contains("(intern)"));
        // an external candidate with the same facts is not: the internal track is not theirs
        AdmissionOutcome externalOutcome = evaluator.evaluate(admission, false, new CandidateFacts("C", 60));
        assertFalse(externalOutcome.admitted());
        assertEquals(List.of("bachelor: diploma niveau C, minimum niveau B vereist"), externalOutcome.reasons());
    }

    @Test
    void internalCandidateMayAlsoTakeTheExternalRoute() {
        Alternative internalRoute = new Alternative("4 jaar niveau C", List.of(experience(48)));
        Admission admission = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of(internalRoute));
        AdmissionOutcome outcome = evaluator.evaluate(admission, true, new CandidateFacts("B", 10));
        assertTrue(outcome.admitted());
        assertEquals("bachelor", outcome.alternative());
        assertFalse(outcome.capacityTestRequired());
    }

    @Test
    void internalRoutePreferredOverAnExternalOneThatNeedsTheTest() {
        Alternative internalRoute = new Alternative("4 jaar niveau C", List.of(experience(48)));
        Admission admission = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of(internalRoute));
        AdmissionOutcome outcome = evaluator.evaluate(admission, true, new CandidateFacts(null, 50));
        assertTrue(outcome.admitted());
        assertEquals("4 jaar niveau C", outcome.alternative());
        assertFalse(outcome.capacityTestRequired());
    }

    @Test
    void internalCandidateFailingBothTracksGetsReasonsForEveryAlternativeNamingTheTrack() {
        Alternative internalRoute = new Alternative("4 jaar niveau C", List.of(experience(48)));
        Admission admission = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of(internalRoute));
        AdmissionOutcome outcome = evaluator.evaluate(admission, true, new CandidateFacts("D", 6));
        assertFalse(outcome.admitted());
        assertEquals(List.of(
                "4 jaar niveau C (intern): relevante ervaring 6 maanden, minimum 48 vereist",
                "bachelor (extern): diploma niveau D, minimum niveau B vereist",
                "ervaring en capaciteitstest (extern): relevante ervaring 6 maanden, minimum 12 vereist"),
                outcome.reasons());
    }

    @Test
    void internalOnlyVacancyRefusesExternalCandidates() {
        Admission internalOnly = new Admission(List.of(), List.of(BACHELOR));
        AdmissionOutcome outcome = external(internalOnly, "A", 100);
        assertFalse(outcome.admitted());
        assertEquals(List.of("de vacature staat enkel open voor interne kandidaten"), outcome.reasons());
        assertTrue(evaluator.evaluate(internalOnly, true, new CandidateFacts("A", 100)).admitted());
    }

    @Test
    void vacancyWithoutConditionsAdmitsEveryone() {
        assertTrue(external(new Admission(null, null), null, null).admitted());
        assertTrue(evaluator.evaluate(null, true, null).admitted());
    }

    @Test
    void unknownConditionTypeCannotBeCheckedAutomatically() {
        Admission admission = new Admission(List.of(new Alternative("rijbewijs", List.of(
                new Condition("DRIVING_LICENCE", null, null)))), List.of());
        AdmissionOutcome outcome = external(admission, "A", 100);
        assertFalse(outcome.admitted());
        assertEquals(List.of("rijbewijs: voorwaarde DRIVING_LICENCE kan niet automatisch gecontroleerd worden"),
                outcome.reasons());
    }
}
