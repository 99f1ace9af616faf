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
                "bachelor: diploma niet opgegeven, minimum niveau B vereist",
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
        Admission admission = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of(internalRoute), true);
        AdmissionOutcome outcome = evaluator.evaluate(admission, true, new CandidateFacts("B", 10));
        assertTrue(outcome.admitted());
        assertEquals("bachelor", outcome.alternative());
        assertFalse(outcome.capacityTestRequired());
    }

    @Test
    void internalRoutePreferredOverAnExternalOneThatNeedsTheTest() {
        Alternative internalRoute = new Alternative("4 jaar niveau C", List.of(experience(48)));
        Admission admission = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of(internalRoute), true);
        AdmissionOutcome outcome = evaluator.evaluate(admission, true, new CandidateFacts(null, 50));
        assertTrue(outcome.admitted());
        assertEquals("4 jaar niveau C", outcome.alternative());
        assertFalse(outcome.capacityTestRequired());
    }

    @Test
    void internalCandidateFailingBothTracksGetsReasonsForEveryAlternativeNamingTheTrack() {
        Alternative internalRoute = new Alternative("4 jaar niveau C", List.of(experience(48)));
        Admission admission = new Admission(List.of(BACHELOR, EXPERIENCE_AND_TEST), List.of(internalRoute), true);
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
        Admission admission = new Admission(List.of(new Alternative("attest", List.of(
                new Condition("SECURITY_CLEARANCE", null, null)))), List.of());
        AdmissionOutcome outcome = external(admission, "A", 100);
        assertFalse(outcome.admitted());
        assertEquals(List.of("attest: voorwaarde SECURITY_CLEARANCE kan niet automatisch gecontroleerd worden"),
                outcome.reasons());
    }

    // ---- the internal track of domain.md, with the names vacancy-service publishes

    private static Condition contract(String type) {
        return new Condition("CONTRACT_TYPE", null, null, null, null, type, null);
    }

    private static Condition seniority(String type, String level, List<String> grades, int months, String scope) {
        return new Condition(type, level, months, grades, scope, null, null);
    }

    private static final Alternative INDEFINITE_AND_LEVEL_C = new Alternative("onbepaalde duur en 1 jaar niveau C",
            List.of(contract("INDEFINITE"), seniority("LEVEL_SENIORITY", "C", null, 12, "ANY_LOCAL_GOVERNMENT")));
    private static final Alternative INDEFINITE_SERVICE_AND_LEVEL_B = new Alternative(
            "onbepaalde duur, 1 jaar dienst en niveau B", List.of(contract("INDEFINITE"),
                    seniority("SERVICE_SENIORITY", null, null, 12, "THIS_EMPLOYER"),
                    new Condition("CURRENT_LEVEL_AT_LEAST", "B", null, null, "THIS_EMPLOYER", null, null)));
    private static final Alternative GRADE_B = new Alternative("1 jaar graad niveau B",
            List.of(seniority("GRADE_SENIORITY", "B", null, 12, "THIS_EMPLOYER")));
    private static final Alternative FOUR_YEARS_C = new Alternative("4 jaar niveau C",
            List.of(seniority("LEVEL_SENIORITY", "C", null, 48, "ANY_LOCAL_GOVERNMENT")));
    private static final Alternative D4_D5 = new Alternative("4 jaar D4/D5 en 6 jaar dienst",
            List.of(seniority("LEVEL_SENIORITY", null, List.of("D4", "D5"), 48, "THIS_EMPLOYER"),
                    seniority("SERVICE_SENIORITY", null, null, 72, "THIS_EMPLOYER")));
    private static final Admission INTERNAL = new Admission(List.of(BACHELOR),
            List.of(INDEFINITE_AND_LEVEL_C, INDEFINITE_SERVICE_AND_LEVEL_B, GRADE_B, FOUR_YEARS_C, D4_D5));

    private AdmissionOutcome internal(String contract, String level, String grade, Integer levelMonths,
            Integer gradeMonths, Integer serviceMonths) {
        return evaluator.evaluate(INTERNAL, true, new CandidateFacts(null, 0, contract, level, grade, levelMonths,
                gradeMonths, serviceMonths, null));
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource({
            // label, contract, level, grade, level months, grade months, service months, admitted through
            "indefinite C 12, INDEFINITE, C, C3, 12, 0, 0, onbepaalde duur en 1 jaar niveau C (intern)",
            "resolutive C 12, INDEFINITE_RESOLUTIVE, C, C1, 12, 0, 0, onbepaalde duur en 1 jaar niveau C (intern)",
            "indefinite C 11, INDEFINITE, C, C3, 11, 0, 0, -",
            "fixed term C 47, FIXED_TERM, C, C3, 47, 0, 0, -",
            "fixed term C 48, FIXED_TERM, C, C3, 48, 0, 0, 4 jaar niveau C (intern)",
            "indefinite B service 12, INDEFINITE, B, B1, 0, 0, 12, 'onbepaalde duur, 1 jaar dienst en niveau B (intern)'",
            "indefinite A service 12, INDEFINITE, A, A1, 0, 0, 12, 'onbepaalde duur, 1 jaar dienst en niveau B (intern)'",
            "indefinite B service 11, INDEFINITE, B, B1, 0, 0, 11, -",
            "fixed B grade 12, FIXED_TERM, B, B2, 0, 12, 0, 1 jaar graad niveau B (intern)",
            "fixed B grade 11, FIXED_TERM, B, B2, 0, 11, 0, -",
            "D4 48 service 72, FIXED_TERM, D, D4, 48, 0, 72, 4 jaar D4/D5 en 6 jaar dienst (intern)",
            "D5 48 service 71, FIXED_TERM, D, D5, 48, 0, 71, -",
            "D3 60 service 90, FIXED_TERM, D, D3, 60, 0, 90, -",
    })
    void internalTrackAlternativesWithBoundaries(String label, String contract, String level, String grade,
            int levelMonths, int gradeMonths, int serviceMonths, String through) {
        AdmissionOutcome outcome = internal(contract, level, grade, levelMonths, gradeMonths, serviceMonths);
        if ("-".equals(through)) {
            assertFalse(outcome.admitted(), outcome.motivation());
            // one reason per internal alternative: this vacancy does not let staff use the external conditions
            assertEquals(5, outcome.reasons().size(), outcome.reasons().toString());
        } else {
            assertTrue(outcome.admitted(), outcome.motivation());
            assertFalse(outcome.capacityTestRequired());
            assertTrue(outcome.motivation().startsWith("Toegelaten via " + through), outcome.motivation());
        }
    }

    @Test
    void internalRefusalNamesEveryConditionAndValue() {
        AdmissionOutcome outcome = internal("FIXED_TERM", "D", "D5", 48, 0, 71);
        assertTrue(outcome.reasons().contains("4 jaar D4/D5 en 6 jaar dienst (intern): dienstanciënniteit 71 maanden, "
                + "minimum 72 bij Stad of OCMW vereist"), outcome.reasons().toString());
        assertTrue(outcome.reasons().contains("onbepaalde duur en 1 jaar niveau C (intern): contract van bepaalde duur, "
                + "contract van onbepaalde duur vereist; niveauanciënniteit op niveau C vereist (minimum 12 maanden bij Stad, "
                + "OCMW of een ander lokaal bestuur), huidig graad D5"), outcome.reasons().toString());
        assertFalse(outcome.reasons().stream().anyMatch(r -> r.contains("(extern)")), outcome.reasons().toString());
        assertTrue(outcome.motivation().startsWith("Niet toegelaten: geen enkel alternatief van de toelatingsvoorwaarden "
                + "voor interne kandidaten is vervuld (de vacature laat personeelsleden niet toe via de voorwaarden voor "
                + "externe kandidaten)"), outcome.motivation());
    }

    // ---- whether staff may also use the external conditions is the vacancy's explicit rule

    private static final Alternative NO_DIPLOMA_EXPERIENCE_AND_TEST = new Alternative("geen bachelor, 4 jaar ervaring "
            + "en capaciteitstest", List.of(experience(48), CAPACITY_TEST));

    @Test
    void perGroupPostingJudgesStaffOnTheInternalConditionsOnly() {
        Admission perGroup = new Admission(List.of(BACHELOR, NO_DIPLOMA_EXPERIENCE_AND_TEST),
                List.of(INDEFINITE_AND_LEVEL_C), false);
        CandidateFacts staffWithExperience = new CandidateFacts(null, 60, "FIXED_TERM", "C", "C1", 6, 0, 0, null);
        AdmissionOutcome refused = evaluator.evaluate(perGroup, true, staffWithExperience);
        assertFalse(refused.admitted(), refused.motivation());
        assertEquals(1, refused.reasons().size(), refused.reasons().toString());
        // the same facts from an external candidate meet the no-diploma route
        assertTrue(evaluator.evaluate(perGroup, false, staffWithExperience).admitted());
        // unset means the same as false
        assertFalse(evaluator.evaluate(new Admission(perGroup.external(), perGroup.internal()), true,
                staffWithExperience).admitted());
    }

    @Test
    void postingThatOpensTheExternalConditionsToStaffSaysSoAndLeadsToTheRecruitmentReserve() {
        Admission open = new Admission(List.of(BACHELOR, NO_DIPLOMA_EXPERIENCE_AND_TEST),
                List.of(INDEFINITE_AND_LEVEL_C), true);
        AdmissionOutcome viaExternal = evaluator.evaluate(open, true,
                new CandidateFacts(null, 60, "FIXED_TERM", "C", "C1", 6, 0, 0, null));
        assertTrue(viaExternal.admitted(), viaExternal.motivation());
        assertTrue(viaExternal.capacityTestRequired());
        assertEquals(AdmissionOutcome.EXTERNAL, viaExternal.track());
        assertTrue(viaExternal.motivation().startsWith("Toegelaten via geen bachelor, 4 jaar ervaring en capaciteitstest "
                + "(extern)"), viaExternal.motivation());
        assertTrue(viaExternal.motivation().endsWith("De vacature laat personeelsleden ook toe via de voorwaarden voor "
                + "externe kandidaten."), viaExternal.motivation());
        AdmissionOutcome viaInternal = evaluator.evaluate(open, true,
                new CandidateFacts(null, 0, "INDEFINITE", "C", "C1", 12, 0, 0, null));
        assertEquals(AdmissionOutcome.INTERNAL, viaInternal.track());

        org.werving.selection.model.Candidacy staff = new org.werving.selection.model.Candidacy();
        staff.internal = true;
        staff.screening = viaExternal;
        assertEquals("RECRUITMENT", staff.reserveType());
        staff.screening = viaInternal;
        assertEquals("PROMOTION", staff.reserveType());
        staff.screening = null; // HR's override without a screened track
        assertEquals("PROMOTION", staff.reserveType());
    }

    // ---- seniority scope: "bij stad of OCMW" counts only months earned here; "of een ander lokaal bestuur" adds
    // the months earned at another local government

    private static CandidateFacts scoped(String level, String grade, int levelHere, int levelElsewhere, int gradeHere,
            int gradeElsewhere, int serviceHere, int serviceElsewhere) {
        return new CandidateFacts(null, 0, "INDEFINITE", level, grade, levelHere, gradeHere, serviceHere, null,
                levelElsewhere, gradeElsewhere, serviceElsewhere);
    }

    private AdmissionOutcome only(Condition condition, CandidateFacts facts) {
        return evaluator.evaluate(new Admission(List.of(), List.of(new Alternative("alt", List.of(condition)))), true,
                facts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // label, type, scope, minimum, here, elsewhere, admitted
            "level any: 12 here, LEVEL_SENIORITY, ANY_LOCAL_GOVERNMENT, 12, 12, 0, true",
            "level any: 6 here + 6 elsewhere, LEVEL_SENIORITY, ANY_LOCAL_GOVERNMENT, 12, 6, 6, true",
            "level any: 0 here + 12 elsewhere, LEVEL_SENIORITY, ANY_LOCAL_GOVERNMENT, 12, 0, 12, true",
            "level any: 6 here + 5 elsewhere, LEVEL_SENIORITY, ANY_LOCAL_GOVERNMENT, 12, 6, 5, false",
            "level any 4y: 30 here + 18 elsewhere, LEVEL_SENIORITY, ANY_LOCAL_GOVERNMENT, 48, 30, 18, true",
            "level any 4y: 30 here + 17 elsewhere, LEVEL_SENIORITY, ANY_LOCAL_GOVERNMENT, 48, 30, 17, false",
            "level here: 12 here, LEVEL_SENIORITY, THIS_EMPLOYER, 12, 12, 0, true",
            "level here: 11 here + 40 elsewhere, LEVEL_SENIORITY, THIS_EMPLOYER, 12, 11, 40, false",
            "grade here: 12 here + 0 elsewhere, GRADE_SENIORITY, THIS_EMPLOYER, 12, 12, 0, true",
            "grade here: 0 here + 12 elsewhere, GRADE_SENIORITY, THIS_EMPLOYER, 12, 0, 12, false",
            "grade any: 11 here + 1 elsewhere, GRADE_SENIORITY, ANY_LOCAL_GOVERNMENT, 12, 11, 1, true",
            "service here: 72 here, SERVICE_SENIORITY, THIS_EMPLOYER, 72, 72, 0, true",
            "service here: 71 here + 1 elsewhere, SERVICE_SENIORITY, THIS_EMPLOYER, 72, 71, 1, false",
            "service any: 71 here + 1 elsewhere, SERVICE_SENIORITY, ANY_LOCAL_GOVERNMENT, 72, 71, 1, true",
            "service without scope: 60 here + 12 elsewhere, SERVICE_SENIORITY, , 72, 60, 12, true",
    })
    void seniorityCountsOnlyTheMonthsOfTheConditionsScope(String label, String type, String scope, int minimum,
            int here, int elsewhere, boolean admitted) {
        Condition condition = seniority(type, "SERVICE_SENIORITY".equals(type) ? null : "C", null, minimum, scope);
        CandidateFacts facts = switch (type) {
            case "LEVEL_SENIORITY" -> scoped("C", "C3", here, elsewhere, 0, 0, 0, 0);
            case "GRADE_SENIORITY" -> scoped("C", "C3", 0, 0, here, elsewhere, 0, 0);
            default -> scoped("C", "C3", 0, 0, 0, 0, here, elsewhere);
        };
        AdmissionOutcome outcome = only(condition, facts);
        assertEquals(admitted, outcome.admitted(), label + ": " + outcome.motivation());
    }

    @Test
    void seniorityMotivationSaysWhatWasCountedWhere() {
        Condition any = seniority("LEVEL_SENIORITY", "C", null, 12, "ANY_LOCAL_GOVERNMENT");
        assertEquals("Toegelaten via alt (intern): niveauanciënniteit 14 maanden (8 bij Stad of OCMW + 6 bij een ander "
                + "lokaal bestuur) op niveau C (minimum 12 bij Stad, OCMW of een ander lokaal bestuur).",
                only(any, scoped("C", "C2", 8, 6, 0, 0, 0, 0)).motivation());
        assertEquals(List.of("alt (intern): niveauanciënniteit 11 maanden op niveau C, minimum 12 bij Stad, OCMW of een "
                + "ander lokaal bestuur vereist"), only(any, scoped("C", "C2", 11, 0, 0, 0, 0, 0)).reasons().subList(0, 1));

        Condition here = seniority("LEVEL_SENIORITY", "C", null, 12, "THIS_EMPLOYER");
        assertEquals(List.of("alt (intern): niveauanciënniteit 11 maanden op niveau C (de 40 maanden bij een ander lokaal "
                + "bestuur tellen hier niet mee), minimum 12 bij Stad of OCMW vereist"),
                only(here, scoped("C", "C2", 11, 40, 0, 0, 0, 0)).reasons());

        Condition unknown = seniority("SERVICE_SENIORITY", null, null, 12, "FLEMISH_GOVERNMENT");
        AdmissionOutcome refused = only(unknown, scoped("C", "C2", 0, 0, 0, 0, 500, 500));
        assertFalse(refused.admitted());
        assertEquals(List.of("alt (intern): dienstanciënniteit met onbekende scope FLEMISH_GOVERNMENT kan niet "
                + "automatisch gecontroleerd worden"), refused.reasons());
    }

    @Test
    void internalTrackOfThePostingWithSeniorityElsewhere() {
        // 4 years of level C "bij een lokaal bestuur": 20 months here and 28 at another municipality admit;
        // the same months do not count for "1 jaar graad niveau B bij stad of OCMW"
        AdmissionOutcome outcome = evaluator.evaluate(INTERNAL, true,
                new CandidateFacts(null, 0, "FIXED_TERM", "C", "C3", 20, 0, 20, null, 28, 0, 28));
        assertTrue(outcome.admitted(), outcome.motivation());
        assertTrue(outcome.motivation().startsWith("Toegelaten via 4 jaar niveau C (intern): niveauanciënniteit 48 maanden "
                + "(20 bij Stad of OCMW + 28 bij een ander lokaal bestuur) op niveau C"), outcome.motivation());
        AdmissionOutcome d5 = evaluator.evaluate(INTERNAL, true,
                new CandidateFacts(null, 0, "FIXED_TERM", "D", "D5", 48, 0, 40, null, 0, 0, 40));
        assertFalse(d5.admitted(), d5.motivation());
        assertTrue(d5.reasons().contains("4 jaar D4/D5 en 6 jaar dienst (intern): dienstanciënniteit 40 maanden (de 40 "
                + "maanden bij een ander lokaal bestuur tellen hier niet mee), minimum 72 bij Stad of OCMW vereist"),
                d5.reasons().toString());
    }

    @Test
    void drivingLicenceRequired() {
        Admission admission = new Admission(List.of(new Alternative("bachelor en rijbewijs", List.of(diploma("B"),
                new Condition("DRIVING_LICENCE", null, null, null, null, null, "B")))), List.of());
        CandidateFacts with = new CandidateFacts("B", 0, null, null, null, null, null, null, true);
        CandidateFacts without = new CandidateFacts("B", 0, null, null, null, null, null, null, false);
        assertTrue(evaluator.evaluate(admission, false, with).admitted());
        AdmissionOutcome refused = evaluator.evaluate(admission, false, without);
        assertFalse(refused.admitted());
        assertEquals(List.of("bachelor en rijbewijs: geen rijbewijs B, rijbewijs B vereist"), refused.reasons());
    }

    @Test
    void selectionIssueTypeNamesAreReadToo() {
        Condition contract = new Condition("CONTRACT", null, null, null, null, "INDEFINITE", null);
        Condition current = new Condition("CURRENT_LEVEL", "B", null);
        Admission admission = new Admission(List.of(), List.of(new Alternative("x", List.of(contract, current))));
        assertTrue(evaluator.evaluate(admission, true,
                new CandidateFacts(null, 0, "INDEFINITE", "B", null, null, null, null, null)).admitted());
        assertFalse(evaluator.evaluate(admission, true,
                new CandidateFacts(null, 0, "INDEFINITE", "C", null, null, null, null, null)).admitted());
    }
}
