package org.werving.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werving.infra.DevTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the selection pipeline through all four running services: publish a vacancy, four
 * candidates apply (a bachelor, one without diploma who passes the capacity test, one who
 * fails admission, a master), stage scores eliminate the one below the pass mark, and the
 * reserve lists exactly the laureates in score order; every applicant's timeline shows each step.
 */
class PipelineTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(45);
    private static WervingSystem system;
    /** A real bearer token of the development issuer, which the services' local profile trusts. */
    private static final String HR = DevTokens.issue("hr.system-test", Duration.ofHours(1), "hr");

    private static RequestSpecification asHr() {
        return given().auth().oauth2(HR);
    }

    @BeforeAll
    static void startSystem() throws InterruptedException {
        system = WervingSystem.start();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    private static String vacancy() {
        return system.url("vacancy-service");
    }

    private static String candidate() {
        return system.url("candidate-service");
    }

    private static String selection() {
        return system.url("selection-service");
    }

    private static String reserve() {
        return system.url("reserve-service");
    }

    @Test
    void aVacancyFromPublicationToReserve() {
        String vacancyId = publishVacancy();

        String anna = apply(vacancyId, "Anna", "B", 6);        // bachelor: admitted, no capacity test
        String bram = apply(vacancyId, "Bram", null, 30);      // no diploma, 30 months: capacity test
        String chris = apply(vacancyId, "Chris", "C", 3);      // no level-B diploma, 3 months: not admitted
        String dina = apply(vacancyId, "Dina", "A", 40);       // master: admitted

        awaitCandidacy(anna, "IN_STAGE");
        awaitCandidacy(bram, "AWAITING_CAPACITY_TEST");
        awaitCandidacy(chris, "NOT_ADMITTED");
        awaitCandidacy(dina, "IN_STAGE");

        // scoring before the capacity test result is out of order
        score(bram, 1, 70).statusCode(409);
        asHr().contentType(ContentType.JSON).body(Map.of("passed", true, "score", 71))
                .post(selection() + "/candidacies/" + bram + "/capacity-test").then().statusCode(200);

        score(anna, 1, 80).statusCode(200);
        score(bram, 1, 70).statusCode(200);
        score(dina, 1, 65).statusCode(200);
        score(anna, 2, 75).statusCode(200);
        score(bram, 2, 59).statusCode(200);    // below the pass mark of 60: eliminated
        score(dina, 2, 88).statusCode(200);
        awaitCandidacy(bram, "ELIMINATED");

        // the reserve holds exactly the laureates, best first
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath entries = asHr().queryParam("vacancyId", vacancyId).get(reserve() + "/reserves")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(dina, anna), entries.getList("applicationId"));
            assertEquals(List.of(1, 2), entries.getList("rank"));
            assertEquals(List.of("RECRUITMENT", "RECRUITMENT"), entries.getList("reserveType"));
        });

        // HR appoints the best laureate from the reserve
        JsonPath laureates = asHr().queryParam("vacancyId", vacancyId).get(reserve() + "/reserves")
                .then().statusCode(200).extract().jsonPath();
        String reserveId = laureates.getString("[0].reserveId");
        String dinaEntry = laureates.getString("[0].entryId");
        asHr().contentType(ContentType.JSON)
                .body(Map.of("entryId", dinaEntry, "kind", "PERMANENT", "team", "Sociale economie",
                        "startDate", LocalDate.now().plusDays(30).toString()))
                .post(reserve() + "/reserves/" + reserveId + "/appointments").then().statusCode(201);
        asHr().get(reserve() + "/reserves/entries/" + dinaEntry).then().statusCode(200)
                .body("state", equalTo("APPOINTED"));
        // vacancy-service counts the seat filled from CandidateAppointed
        await().atMost(EVENTUALLY).untilAsserted(() -> asHr().get(vacancy() + "/hr/vacancies/" + vacancyId)
                .then().statusCode(200).body("internal.seatsFilled", equalTo(1)));

        // each applicant sees where they stand
        awaitTimeline(anna, "IN_RESERVE", List.of("ScreeningPassed", "InterviewScored", "InterviewScored",
                "SelectionPassed", "ReserveEntryCreated"));
        awaitTimeline(dina, "IN_RESERVE", List.of("ScreeningPassed", "InterviewScored", "InterviewScored",
                "SelectionPassed", "ReserveEntryCreated", "CandidateAppointed"));
        awaitTimeline(bram, "ELIMINATED", List.of("ScreeningPassed", "CapacityTestRecorded", "InterviewScored",
                "InterviewScored", "CandidateEliminated"));
        awaitTimeline(chris, "NOT_ADMITTED", List.of("ScreeningFailed"));
    }

    /**
     * One posting's procedure with juries and a top-N cut: the speed interview lets only the 2
     * best go on, and the vacancy's own tie rule (the earliest application goes first; the
     * service's default would take every tied candidate) settles the tie at the cut; the combined
     * test's pass mark of 60 is met exactly by one laureate and missed just under by another.
     */
    @Test
    void juriesScoreAndTheVacancysTieRuleSettlesTheTopNCut() {
        Map<String, Object> body = vacancyBody("SYS-TOPN", "Meewerkend verantwoordelijke centraal onthaal");
        body.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Korte mondelinge proef", "eliminating", true,
                        "passMark", 50, "topN", 3, "tieRule", "EARLIEST_APPLICATION"),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Case en interview", "eliminating", true,
                        "passMark", 60)));
        String vacancyId = publish(body);

        String els = apply(vacancyId, "Els", "B", 60);
        String fien = apply(vacancyId, "Fien", "B", 60);
        String gert = apply(vacancyId, "Gert", "A", 60);
        String hans = apply(vacancyId, "Hans", "B", 60);
        String ilse = apply(vacancyId, "Ilse", "B", 60);
        for (String candidacy : List.of(els, fien, gert, hans, ilse)) {
            awaitCandidacy(candidacy, "IN_STAGE");
        }

        jury(vacancyId, 1);
        // a juror scores as themself; a juror of no procedure may not
        juryScore("jury.other", els, 1, 99).statusCode(403);
        scoreBoth(els, 1, 90, 80);    // 85
        scoreBoth(fien, 1, 70, 70);   // 70
        scoreBoth(gert, 1, 72, 68);   // 70
        scoreBoth(hans, 1, 72, 68);   // 70: three tied for places 2 and 3; Hans applied last
        scoreBoth(ilse, 1, 40, 50);   // 45: under the pass mark of 50
        asHr().post(selection() + "/procedures/" + vacancyId + "/stages/1/close").then().statusCode(200);
        asHr().post(selection() + "/procedures/" + vacancyId + "/stages/1/close").then().statusCode(409);
        awaitCandidacy(hans, "ELIMINATED");
        awaitCandidacy(ilse, "ELIMINATED");
        for (String goingOn : List.of(els, fien, gert)) {
            awaitCandidacy(goingOn, "IN_STAGE");
        }

        jury(vacancyId, 2);
        scoreBoth(els, 2, 80, 70);    // 75
        scoreBoth(fien, 2, 60, 60);   // exactly the pass mark of 60: passes
        // closing with a missing score is refused
        asHr().post(selection() + "/procedures/" + vacancyId + "/stages/2/close").then().statusCode(409);
        scoreBoth(gert, 2, 60, 59);   // 59.5: just under
        asHr().post(selection() + "/procedures/" + vacancyId + "/stages/2/close").then().statusCode(200);
        awaitCandidacy(gert, "ELIMINATED");

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath entries = asHr().queryParam("vacancyId", vacancyId).get(reserve() + "/reserves")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(els, fien), entries.getList("applicationId"));
        });
        awaitTimeline(hans, "ELIMINATED", List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"));
    }

    /**
     * A promotion-shaped procedure through all four services: internal candidates declare their seniority per
     * scope on the candidate form, selection counts each condition's own scope ("bij een lokaal bestuur" adds the
     * months elsewhere, "bij stad of OCMW" does not), the jury scores each competency of each component on /10
     * through score sheets, and the internal laureate lands on the promotion reserve, the external one on the
     * recruitment reserve.
     */
    @Test
    void internalCandidatesSeniorityByScopeAndCompetencyScoresToThePromotionReserve() {
        Map<String, Object> body = vacancyBody("SYS-PROMO", "Projectmedewerker integratie en diversiteit");
        body.put("competencies", List.of(
                Map.of("name", "Resultaatgerichtheid", "definition", "Je werkt doelgericht."),
                Map.of("name", "Klantgerichtheid", "definition", "Je speelt in op vragen van de klant."),
                Map.of("name", "Samenwerken", "definition", "Je werkt samen met je collega's.")));
        body.put("admission", Map.of(
                "external", List.of(Map.of("label", "bachelor", "conditions", List.of(Map.of("type", "DIPLOMA",
                        "level", "B")))),
                "internal", List.of(
                        Map.of("label", "1 jaar niveau C bij een lokaal bestuur", "conditions", List.of(
                                Map.of("type", "CONTRACT_TYPE", "contractType", "INDEFINITE"),
                                Map.of("type", "LEVEL_SENIORITY", "level", "C", "minMonths", 12,
                                        "scope", "ANY_LOCAL_GOVERNMENT"))),
                        Map.of("label", "1 jaar graad B bij stad of OCMW", "conditions", List.of(
                                Map.of("type", "GRADE_SENIORITY", "level", "B", "minMonths", 12,
                                        "scope", "THIS_EMPLOYER"))))));
        body.put("stages", List.of(Map.of("order", 1, "type", "COMBINED_TEST", "name", "Gecombineerde proef",
                "eliminating", true, "passMark", 60, "scale", 10, "components", List.of(
                        Map.of("name", "Case", "weight", 2, "competencies", List.of("Resultaatgerichtheid")),
                        Map.of("name", "Jurygesprek", "weight", 1, "competencies", List.of("Klantgerichtheid",
                                "Samenwerken"))))));
        String vacancyId = publish(body);

        Map<String, Object> joke = internalForm(vacancyId, "Joke", "INDEFINITE", "C", "C2");
        joke.put("levelSeniorityMonths", 7);
        joke.put("levelSeniorityOtherLocalGovernmentMonths", 5);  // 7 + 5 = 12 "bij een lokaal bestuur"
        Map<String, Object> koen = internalForm(vacancyId, "Koen", "FIXED_TERM", "B", "B1");
        koen.put("gradeSeniorityMonths", 11);
        koen.put("gradeSeniorityOtherLocalGovernmentMonths", 30); // "bij stad of OCMW": only 11 count
        String jokeId = submit(joke);
        String koenId = submit(koen);
        String lies = apply(vacancyId, "Lies", "B", 0);
        awaitCandidacy(jokeId, "IN_STAGE");
        awaitCandidacy(lies, "IN_STAGE");
        awaitCandidacy(koenId, "NOT_ADMITTED");
        asHr().get(selection() + "/candidacies/" + koenId).then().body("motivation", containsString(
                "graadanciënniteit 11 maanden op niveau B (de 30 maanden bij een ander lokaal bestuur tellen hier niet "
                        + "mee), minimum 12 bij Stad of OCMW vereist"));

        jury(vacancyId, 1);
        // Joke: jury.an Case 7 → 70, Jurygesprek (8 + 6) / 2 → 70: 70; jury.bert Case 8 → 80, (7 + 7) → 70:
        // (2 x 80 + 70) / 3 = 76.67; stage (70 + 76.67) / 2 = 73.33
        sheet("jury.an", jokeId, 7, 8, 6).statusCode(200).body("complete", equalTo(true));
        sheet("jury.bert", jokeId, 8, 7, 7).statusCode(200);
        // Lies: 6 everywhere from both: exactly 60
        sheet("jury.an", lies, 6, 6, 6).statusCode(200);
        asHr().post(selection() + "/procedures/" + vacancyId + "/stages/1/close").then().statusCode(409)
                .body("errors.message", hasItem("no score of jury.bert for Jurygesprek / Samenwerken"));
        sheet("jury.bert", lies, 6, 6, 6).statusCode(200);
        asHr().post(selection() + "/procedures/" + vacancyId + "/stages/1/close").then().statusCode(200)
                .body("ranking.applicationId", equalTo(List.of(jokeId, lies)))
                .body("ranking.finalScore", equalTo(List.of(73.33f, 60)))
                .body("ranking.reserveType", equalTo(List.of("PROMOTION", "RECRUITMENT")));
        asHr().get(selection() + "/procedures/" + vacancyId + "/report").then().statusCode(200)
                .body("candidacies.find { it.applicationId == '" + jokeId + "' }.competencyProfile.competency",
                        equalTo(List.of("Resultaatgerichtheid", "Klantgerichtheid", "Samenwerken")))
                .body("candidacies.find { it.applicationId == '" + jokeId + "' }.competencyProfile.score",
                        equalTo(List.of(75, 75, 65)));

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath entries = asHr().queryParam("vacancyId", vacancyId).get(reserve() + "/reserves")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, String> types = new HashMap<>();
            List<String> ids = entries.getList("applicationId");
            List<String> reserveTypes = entries.getList("reserveType");
            for (int i = 0; i < ids.size(); i++) {
                types.put(ids.get(i), reserveTypes.get(i));
            }
            assertEquals(Map.of(jokeId, "PROMOTION", lies, "RECRUITMENT"), types);
        });
        awaitTimeline(jokeId, "IN_RESERVE", List.of("ScreeningPassed", "InterviewScored", "SelectionPassed",
                "ReserveEntryCreated"));
        // the candidate reads the jury's result per competency in their timeline (and in the result mail)
        asHr().get(candidate() + "/applications/" + jokeId).then().statusCode(200)
                .body("timeline.find { it.type == 'InterviewScored' }.text", equalTo("Gecombineerde proef: 73,33/100 "
                        + "— geslaagd (per competentie, op 100: Resultaatgerichtheid 75, Klantgerichtheid 75, "
                        + "Samenwerken 65)"));
        awaitTimeline(koenId, "NOT_ADMITTED", List.of("ScreeningFailed"));
    }

    /**
     * A top-7 stage as in the postings, scored once by HR directly and once by a jury of two: in both the scores
     * wait for the closing, the same cut and tie rule apply, and what selection-service decided is what each
     * candidate reads in their timeline: the eighth, above the pass mark, is out (never "geslaagd"), with the
     * rank, the cut and the tie rule; no juror is named to a candidate.
     */
    @Test
    void aTopSevenStageScoredByHrAndByAJuryIsDecidedAndToldTheSameWay() {
        for (boolean byJury : List.of(false, true)) {
            Map<String, Object> body = vacancyBody(byJury ? "SYS-TOP7-J" : "SYS-TOP7-H", "Projectmedewerker");
            body.put("stages", List.of(
                    Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true,
                            "passMark", 60, "topN", 7, "tieRule", "EARLIEST_APPLICATION"),
                    Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true,
                            "passMark", 60)));
            String vacancyId = publish(body);
            int[] scores = {90, 85, 80, 75, 72, 70, 68, 66};
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                ids.add(apply(vacancyId, (byJury ? "Jan" : "Hanne") + i, "B", 0));
            }
            ids.forEach(id -> awaitCandidacy(id, "IN_STAGE"));
            if (byJury) {
                jury(vacancyId, 1);
            }
            for (int i = 0; i < scores.length; i++) {
                if (byJury) {
                    scoreBoth(ids.get(i), 1, scores[i], scores[i]);
                } else {
                    score(ids.get(i), 1, scores[i]).statusCode(200).body("status", equalTo("IN_STAGE"))
                            .body("currentStage", equalTo(1)); // no decision before the closing
                }
            }
            asHr().post(selection() + "/procedures/" + vacancyId + "/stages/1/close").then().statusCode(200)
                    .body("results.outcome", equalTo(List.of("GOES_ON", "GOES_ON", "GOES_ON", "GOES_ON", "GOES_ON",
                            "GOES_ON", "GOES_ON", "OUTSIDE_TOP_N")));
            String eighth = ids.get(7);
            String motivation = asHr().get(selection() + "/candidacies/" + eighth).then().statusCode(200)
                    .body("status", equalTo("ELIMINATED")).extract().path("motivation");
            assertTrue(motivation.startsWith("Speedinterview: 66/100"), motivation);
            assertTrue(motivation.contains("geslaagd, maar niet bij de 7 best gerangschikte kandidaten die doorgaan "
                    + "(rang 8 onder wie de cesuur haalde; de laatste die doorgaat heeft 68/100; bij gelijke score gaat "
                    + "wie het eerst solliciteerde voor)"), motivation);
            awaitTimeline(eighth, "ELIMINATED", List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"));
            List<String> told = asHr().get(candidate() + "/applications/" + eighth).then().extract().path("timeline.text");
            assertEquals("Speedinterview: 66/100 — cesuur gehaald, maar niet bij de kandidaten die doorgaan", told.get(2));
            assertEquals("Niet bij de kandidaten die na Speedinterview doorgaan; de procedure stopt hier voor jou: "
                    + motivation, told.get(3));
            String seventh = ids.get(6);
            awaitTimeline(seventh, "IN_PROCEDURE", List.of("ScreeningPassed", "InterviewScored"));
            asHr().get(candidate() + "/applications/" + seventh).then()
                    .body("timeline[2].text", equalTo("Speedinterview: 68/100 — geslaagd"));
            for (String id : ids) {
                asHr().get(candidate() + "/applications/" + id).then()
                        .body("timeline.text", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(
                                containsString("jury."))));
            }
        }
    }

    /** An internal candidate's form; seniority not set here is 0 months with stad or OCMW. */
    private static Map<String, Object> internalForm(String vacancyId, String firstName, String contract, String level,
            String grade) {
        Map<String, Object> body = form(vacancyId, firstName, "Claes", true);
        body.put("contractType", contract);
        body.put("currentLevel", level);
        body.put("currentGrade", grade);
        body.put("levelSeniorityMonths", 0);
        body.put("gradeSeniorityMonths", 0);
        body.put("serviceSeniorityMonths", 0);
        body.put("relevantExperienceMonths", 0);
        return body;
    }

    /** The part of the candidate form every candidate fills in, with consent to the privacy statement. */
    private static Map<String, Object> form(String vacancyId, String firstName, String lastName, boolean internal) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", firstName.toLowerCase() + "@example.org");
        body.put("internal", internal);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        return body;
    }

    /** One juror's whole score sheet: Case / Resultaatgerichtheid, Jurygesprek / Klantgerichtheid and / Samenwerken. */
    private static io.restassured.response.ValidatableResponse sheet(String juror, String applicationId, int result,
            int customer, int teamwork) {
        return given().auth().oauth2(DevTokens.issue(juror, Duration.ofHours(1), "jury"))
                .contentType(ContentType.JSON).body(Map.of("scores", List.of(
                        Map.of("component", "Case", "competency", "Resultaatgerichtheid", "score", result),
                        Map.of("component", "Jurygesprek", "competency", "Klantgerichtheid", "score", customer),
                        Map.of("component", "Jurygesprek", "competency", "Samenwerken", "score", teamwork))))
                .put(selection() + "/candidacies/" + applicationId + "/stages/1/score-sheet").then();
    }

    private static void jury(String vacancyId, int stage) {
        asHr().contentType(ContentType.JSON)
                .body(Map.of("members", List.of(Map.of("subject", "jury.an", "external", true),
                        Map.of("subject", "jury.bert", "external", false))))
                .put(selection() + "/procedures/" + vacancyId + "/stages/" + stage + "/jury").then().statusCode(200);
    }

    private static void scoreBoth(String applicationId, int stage, int an, int bert) {
        juryScore("jury.an", applicationId, stage, an).statusCode(200);
        juryScore("jury.bert", applicationId, stage, bert).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse juryScore(String juror, String applicationId, int stage,
            int score) {
        return given().auth().oauth2(DevTokens.issue(juror, Duration.ofHours(1), "jury"))
                .contentType(ContentType.JSON).body(Map.of("score", score))
                .post(selection() + "/candidacies/" + applicationId + "/stages/" + stage + "/jury-scores").then();
    }

    private static String publishVacancy() {
        return publish(vacancyBody("SYS-1", "Werkvloerbegeleider"));
    }

    /** A vacancy shaped like the werkvloerbegeleider posting: bachelor, or a year of experience and the capacity test. */
    private static Map<String, Object> vacancyBody(String reference, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("title", title);
        body.put("directorate", "Dienstverlening en sociaal beleid");
        body.put("team", "Sociale economie");
        body.put("level", "B");
        body.put("salaryScale", "B1-B3");
        body.put("seats", 2);
        body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
        body.put("admission", Map.of(
                "external", List.of(
                        Map.of("label", "bachelor", "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B"))),
                        Map.of("label", "ervaring en capaciteitstest", "conditions", List.of(
                                Map.of("type", "RELEVANT_EXPERIENCE", "minMonths", 12), Map.of("type", "CAPACITY_TEST")))),
                "internal", List.of()));
        body.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true, "passMark", 60)));
        return body;
    }

    private static String publish(Map<String, Object> body) {
        String id = asHr().contentType(ContentType.JSON).body(body).post(vacancy() + "/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        asHr().post(vacancy() + "/hr/vacancies/" + id + "/publish").then().statusCode(200);
        given().get(vacancy() + "/vacancies/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        return id;
    }

    /** Applies as soon as candidate-service has learnt of the vacancy from its event. */
    private static String apply(String vacancyId, String firstName, String diplomaLevel, int months) {
        Map<String, Object> body = form(vacancyId, firstName, "Peeters", false);
        body.put("diplomaLevel", diplomaLevel);
        body.put("relevantExperienceMonths", months);
        return submit(body);
    }

    /** Submits a candidate form as soon as candidate-service has learnt of the vacancy from its event. */
    private static String submit(Map<String, Object> body) {
        String[] id = new String[1];
        await().atMost(EVENTUALLY).until(() -> {
            var response = given().contentType(ContentType.JSON).body(body).post(candidate() + "/applications");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            assertEquals(404, response.statusCode(), response.asString()); // vacancy not known yet
            return false;
        });
        return id[0];
    }

    private static io.restassured.response.ValidatableResponse score(String applicationId, int stage, int score) {
        return asHr().contentType(ContentType.JSON).body(Map.of("score", score))
                .post(selection() + "/candidacies/" + applicationId + "/stages/" + stage + "/score").then();
    }

    private static void awaitCandidacy(String applicationId, String status) {
        await().atMost(EVENTUALLY).untilAsserted(() -> asHr().get(selection() + "/candidacies/" + applicationId)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    private static void awaitTimeline(String applicationId, String status, List<String> steps) {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath application = asHr().get(candidate() + "/applications/" + applicationId)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(status, application.getString("status"));
            List<String> types = application.getList("timeline.type");
            assertTrue(types.size() == steps.size() + 1, "timeline " + types);
            assertEquals(steps, types.subList(1, types.size()), "timeline after receipt");
        });
    }
}
