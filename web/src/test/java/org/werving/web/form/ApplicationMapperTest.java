package org.werving.web.form;

import org.junit.jupiter.api.Test;
import org.werving.web.client.Vacancies;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationMapperTest {
    private static final UUID VACANCY = UUID.fromString("0ce5002c-9fb9-45a7-a7ac-b20ffb9a6d6f");

    private static Vacancies.Condition condition(String type, String scope) {
        return new Vacancies.Condition(type, "C", 12, null, scope, null, type.equals("DRIVING_LICENCE") ? "B" : null);
    }

    private static Vacancies.Vacancy vacancy(Vacancies.Admission admission) {
        return new Vacancies.Vacancy(VACANCY, "R", "Titel", null, null, null, "B", "B1-B3", null, 1, "PUBLISHED", null,
                admission, List.of(), 24, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ApplicationForm typed() {
        ApplicationForm f = new ApplicationForm();
        f.firstName = "  Anna ";
        f.lastName = "Peeters";
        f.email = "anna@example.org";
        f.phone = "";
        f.internal = "ja";
        f.diploma = "Bachelor sociaal werk";
        f.diplomaLevel = "B";
        f.relevantExperienceMonths = "6";
        f.contractType = "INDEFINITE";
        f.currentLevel = "C";
        f.currentGrade = "c3";
        f.levelSeniorityMonths = "7";
        f.gradeSeniorityMonths = "7";
        f.serviceSeniorityMonths = "30";
        f.levelSeniorityOtherLocalGovernmentMonths = "5";
        f.gradeSeniorityOtherLocalGovernmentMonths = "99";
        f.drivingLicence = "nee";
        f.privacyConsent = "ja";
        return f;
    }

    @Test
    void onlyTheQuestionsTheVacancysConditionsNeedAreAsked() {
        Questions external = Questions.of(vacancy(new Vacancies.Admission(List.of(new Vacancies.Alternative("bachelor",
                List.of(condition("DIPLOMA", null)))), List.of(), List.of())));
        assertFalse(external.internalTrack());
        assertTrue(external.diploma());
        assertFalse(external.drivingLicence());
        assertFalse(external.anySeniorityElsewhere());

        Questions promotion = Questions.of(vacancy(new Vacancies.Admission(List.of(), List.of(new Vacancies.Alternative(
                "intern", List.of(condition("LEVEL_SENIORITY", "ANY_LOCAL_GOVERNMENT"),
                        condition("SERVICE_SENIORITY", "THIS_EMPLOYER")))),
                List.of(new Vacancies.Advantage("rijbewijs", condition("DRIVING_LICENCE", null))))));
        assertTrue(promotion.internalTrack());
        assertFalse(promotion.diploma());
        assertTrue(promotion.levelSeniorityElsewhere());
        assertFalse(promotion.gradeSeniorityElsewhere());
        assertFalse(promotion.serviceSeniorityElsewhere(), "stad or OCMW only: the months elsewhere are not asked");
        assertTrue(promotion.drivingLicence(), "an advantage is asked too");
    }

    @Test
    void theTypedFormBecomesTheServicesRequest() {
        Questions q = new Questions(true, true, true, false, false, true);
        FieldErrors errors = new FieldErrors();
        Map<String, Object> body = ApplicationMapper.toRequest(VACANCY, typed(), q, "2026-01", errors);
        assertTrue(errors.isEmpty());
        assertEquals(VACANCY.toString(), body.get("vacancyId"));
        assertEquals("Anna", body.get("firstName"));
        assertFalse(body.containsKey("phone"), "blank fields are left out");
        assertEquals(true, body.get("internal"));
        assertEquals("B", body.get("diplomaLevel"));
        assertEquals(6, body.get("relevantExperienceMonths"));
        assertEquals("C3", body.get("currentGrade"));
        assertEquals(5, body.get("levelSeniorityOtherLocalGovernmentMonths"));
        assertFalse(body.containsKey("gradeSeniorityOtherLocalGovernmentMonths"), "a question not asked is not sent");
        assertEquals(false, body.get("drivingLicence"));
        assertEquals(true, body.get("privacyConsent"));
        assertEquals("2026-01", body.get("privacyStatementVersion"));
    }

    @Test
    void anExternalCandidateSendsNoInternalFields() {
        ApplicationForm f = typed();
        f.internal = "nee";
        Map<String, Object> body = ApplicationMapper.toRequest(VACANCY, f, new Questions(true, true, true, true, true,
                false), "2026-01", new FieldErrors());
        assertEquals(false, body.get("internal"));
        for (String internal : List.of("contractType", "currentLevel", "currentGrade", "levelSeniorityMonths",
                "levelSeniorityOtherLocalGovernmentMonths")) {
            assertFalse(body.containsKey(internal), internal);
        }
        assertFalse(body.containsKey("drivingLicence"), "not asked for this vacancy");
    }

    @Test
    void monthsThatAreNoNumberComeBackNextToTheirFieldInDutch() {
        ApplicationForm f = typed();
        f.relevantExperienceMonths = "zes";
        f.levelSeniorityMonths = "1,5";
        FieldErrors errors = new FieldErrors();
        ApplicationMapper.toRequest(VACANCY, f, new Questions(true, true, false, false, false, false), "2026-01", errors);
        assertEquals(List.of("levelSeniorityMonths", "relevantExperienceMonths"), List.copyOf(errors.ordered().keySet()));
        assertEquals("Vul je relevante werkervaring in als een aantal maanden, bijvoorbeeld 18.",
                errors.get("relevantExperienceMonths"));
    }

    @Test
    void theServicesDutchMessagesAreShownAsTheyAreAndAFieldWithoutOneIsNamed() {
        assertEquals("Vul je voornaam in.", FieldErrors.fromService("firstName", "Vul je voornaam in."));
        assertEquals("Dit bestand is te groot: je motivatiebrief mag hoogstens 10 MB zijn.",
                FieldErrors.fromService("motivationLetter", " Dit bestand is te groot: je motivatiebrief mag hoogstens 10 MB zijn. "));
        assertEquals("Kijk je e-mailadres na.", FieldErrors.fromService("email", null));
        assertEquals("Kijk dit veld na.", FieldErrors.fromService("onbekend", " "));
        for (String field : FieldErrors.LABELS.keySet()) {
            String sentence = FieldErrors.fromService(field, null);
            assertEquals("Kijk " + FieldErrors.LABELS.get(field) + " na.", sentence);
        }
    }
}
