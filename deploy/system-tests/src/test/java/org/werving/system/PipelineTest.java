package org.werving.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werving.infra.ApplyOnceKnown;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** The SMTP server candidate-service mails to: the mails are read back as the candidate gets them. */
    private static GreenMail smtp;

    @BeforeAll
    static void startSystem() throws InterruptedException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        system = WervingSystem.startWithMail(smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
        if (smtp != null) {
            smtp.stop();
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
     * candidate reads, the same in their mails, their decision letter (read back from the PDF, also the one the mail
     * carries) and their timeline: the eighth, above the pass mark, is out (never "geslaagd"), with the rank, the cut,
     * the tie rule and how to appeal; the seven go on without a letter; no juror is named to a candidate. The selection
     * report (PDF) gives each candidate's score and rank and the tie rule applied (issue 12).
     */
    @Test
    void aTopSevenStageScoredByHrAndByAJuryIsDecidedAndToldTheSameWay() {
        for (boolean byJury : List.of(false, true)) {
            TopSeven run = topSeven(byJury);
            String motivation = eighthIsDecided(run);
            eighthIsToldTheSameEverywhere(run, motivation);
            theSevenGoOn(run);
            noJurorIsNamedToACandidate(run);
            aRefusedCandidateIsToldTheSameEverywhere(run);
            theReportGivesEveryScoreAndTheTieRule(run, motivation);
        }
    }

    /** One top-7 procedure: its vacancy, the eight candidacies in the order they applied, and their stage-1 scores. */
    private record TopSeven(boolean byJury, String vacancyId, List<String> ids, int[] scores) {
        String email(int i) {
            return ((byJury ? "Jan" : "Hanne") + i).toLowerCase() + "@example.org";
        }
    }

    /** Publishes the top-7 vacancy, eight bachelors apply, stage 1 is scored (by HR or a jury) and closed. */
    private static TopSeven topSeven(boolean byJury) {
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
        return new TopSeven(byJury, vacancyId, ids, scores);
    }

    /** selection-service's decision about the eighth: its motivation, with score, rank, cut and tie rule. */
    private static String eighthIsDecided(TopSeven run) {
        String motivation = asHr().get(selection() + "/candidacies/" + run.ids().get(7)).then().statusCode(200)
                .body("status", equalTo("ELIMINATED")).extract().path("motivation");
        assertTrue(motivation.startsWith("Speedinterview: 66/100"), motivation);
        assertTrue(motivation.contains("geslaagd, maar niet bij de 7 best gerangschikte kandidaten die doorgaan "
                + "(rang 8 onder wie de cesuur haalde; de laatste die doorgaat heeft 68/100; bij gelijke score gaat "
                + "wie het eerst solliciteerde voor)"), motivation);
        return motivation;
    }

    /** The eighth's timeline, mails and letter (downloaded and attached) all say the same decision. */
    private static void eighthIsToldTheSameEverywhere(TopSeven run, String motivation) {
        String eighth = run.ids().get(7);
        awaitTimeline(eighth, "ELIMINATED", List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"));
        List<String> told = asHr().get(candidate() + "/applications/" + eighth).then().extract().path("timeline.text");
        String result = "Speedinterview: 66/100 — cesuur gehaald, maar niet bij de kandidaten die doorgaan";
        String decision = "Niet bij de kandidaten die na Speedinterview doorgaan; de procedure stopt hier voor jou: "
                + motivation;
        assertEquals(result, told.get(2));
        assertEquals(decision, told.get(3));

        Correspondence.Mail resultMail = awaitMail(run.email(7), RESULT_MAIL);
        assertTrue(flat(resultMail.text()).contains(result), resultMail.text());
        Correspondence.Mail decisionMail = awaitMail(run.email(7), DECISION_MAIL);
        assertTrue(flat(decisionMail.text()).contains(flat(decision)), decisionMail.text());
        assertEquals(1, decisionMail.attachments().size(), "the decision mail carries its letter");
        Correspondence.Attachment attached = decisionMail.attachments().get(0);
        assertTrue(attached.isPdf(), attached.contentType());
        assertTrue(attached.fileName().matches("beslissing-eliminated-\\d{2}-\\d{2}-\\d{4}\\.pdf"), attached.fileName());

        List<Correspondence.Letter> letters = Correspondence.letters(candidate(), HR, eighth);
        assertEquals(1, letters.size(), "one decision, one letter");
        Correspondence.Letter letter = letters.get(0);
        assertEquals("ELIMINATED", letter.kind());
        assertEquals("Beslissing: je neemt niet verder deel aan de selectieprocedure", letter.title());
        assertNull(letter.withdrawnAt());
        assertLetterSays(letter.text(), decision, result);
        // the PDF in the mail is the letter the candidate downloads, word for word
        assertEquals(letter.text(), Correspondence.pdfText(attached.content()));
    }

    /** A decision letter's text: the decision and its motivation, the results, the appeal notice and the authority. */
    private static void assertLetterSays(String letter, String decision, String result) {
        assertTrue(letter.contains("Beslissing en motivering " + flat(decision)), letter);
        assertTrue(result == null ? !letter.contains("Je resultaten") : letter.contains("Je resultaten - " + result), letter);
        assertTrue(letter.contains("Bezwaar Ben je het niet eens met deze beslissing? Dan kan je binnen dertig "
                + "kalenderdagen na de datum van deze brief een gemotiveerd bezwaar indienen bij het college van "
                + "burgemeester en schepenen"), letter);
        assertTrue(letter.startsWith("Stad en OCMW, dienst Selectie en Rekrutering"), letter);
        assertTrue(letter.endsWith("Met vriendelijke groeten, Stad en OCMW, dienst Selectie en Rekrutering"), letter);
        assertTrue(letter.contains("Projectmedewerker"), letter);
    }

    /**
     * A candidate who applies without the diploma or the experience is not admitted: the refusal mail gives the
     * motivation and carries the letter, which says the timeline's decision and how to appeal, without results.
     */
    private static void aRefusedCandidateIsToldTheSameEverywhere(TopSeven run) {
        String firstName = run.byJury() ? "JanZonder" : "HanneZonder";
        String email = firstName.toLowerCase() + "@example.org";
        String id = apply(run.vacancyId(), firstName, "C", 0);
        awaitCandidacy(id, "NOT_ADMITTED");
        String motivation = asHr().get(selection() + "/candidacies/" + id).then().extract().path("motivation");
        awaitTimeline(id, "NOT_ADMITTED", List.of("ScreeningFailed"));
        String decision = asHr().get(candidate() + "/applications/" + id).then().extract().path("timeline[1].text");
        assertTrue(decision.startsWith("Niet toegelaten") && decision.endsWith(motivation.trim()), decision);

        Correspondence.Mail refusal = awaitMail(email, "Je bent niet toegelaten");
        assertTrue(flat(refusal.text()).contains("Waarom: " + flat(motivation)), refusal.text());
        assertEquals(1, refusal.attachments().size(), "the refusal carries its letter");
        Correspondence.Attachment attached = refusal.attachments().get(0);
        assertTrue(attached.fileName().matches("beslissing-not-admitted-\\d{2}-\\d{2}-\\d{4}\\.pdf"), attached.fileName());
        List<Correspondence.Letter> letters = Correspondence.letters(candidate(), HR, id);
        assertEquals(1, letters.size(), "one decision, one letter");
        assertEquals("NOT_ADMITTED", letters.get(0).kind());
        assertLetterSays(letters.get(0).text(), decision, null);
        assertEquals(letters.get(0).text(), Correspondence.pdfText(attached.content()));
    }

    /** The seven go on: "geslaagd" in timeline and result mail, no decision mail, no letter. */
    private static void theSevenGoOn(TopSeven run) {
        for (int i = 0; i < 7; i++) {
            String id = run.ids().get(i);
            String result = "Speedinterview: " + run.scores()[i] + "/100 — geslaagd";
            awaitTimeline(id, "IN_PROCEDURE", List.of("ScreeningPassed", "InterviewScored"));
            asHr().get(candidate() + "/applications/" + id).then().body("timeline[2].text", equalTo(result));
            Correspondence.Mail resultMail = awaitMail(run.email(i), RESULT_MAIL);
            assertTrue(flat(resultMail.text()).contains(result), resultMail.text());
            assertTrue(Correspondence.mailsTo(smtp, run.email(i)).stream()
                    .noneMatch(m -> m.subject().startsWith(DECISION_MAIL)), run.email(i) + " got a decision mail");
            assertEquals(List.of(), Correspondence.letters(candidate(), HR, id), run.email(i) + " got a letter");
        }
    }

    /** No juror's login in anything a candidate reads: timeline, mails (with their PDFs), letters. */
    private static void noJurorIsNamedToACandidate(TopSeven run) {
        for (int i = 0; i < run.ids().size(); i++) {
            String id = run.ids().get(i);
            List<String> read = new java.util.ArrayList<>(asHr().get(candidate() + "/applications/" + id).then()
                    .extract().<List<String>>path("timeline.text"));
            Correspondence.mailsTo(smtp, run.email(i)).forEach(m -> read.add(m.everything()));
            Correspondence.letters(candidate(), HR, id).forEach(l -> read.add(l.text()));
            assertTrue(read.size() >= 4, "timeline and result mail of " + run.email(i) + ": " + read);
            for (String text : read) {
                assertFalse(text.contains("jury.an") || text.contains("jury.bert"), text);
            }
        }
    }

    /** The selection report as PDF: each candidate's score and rank at stage 1, the tie rule, the jury, the decision. */
    private static void theReportGivesEveryScoreAndTheTieRule(TopSeven run, String motivation) {
        String tieRule = asHr().get(selection() + "/procedures/" + run.vacancyId() + "/report").then().statusCode(200)
                .extract().path("stages[0].tieRuleText");
        assertEquals("bij gelijke score gaat wie het eerst solliciteerde voor", tieRule);
        byte[] pdf = asHr().accept("application/pdf").get(selection() + "/procedures/" + run.vacancyId() + "/report.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        // without the page footers, which may fall inside a sentence
        String report = Correspondence.pdfText(pdf).replaceAll("Proces-verbaal " + (run.byJury() ? "SYS-TOP7-J" : "SYS-TOP7-H")
                + " - Projectmedewerker - pagina \\d+ ?", "");
        for (int i = 0; i < run.ids().size(); i++) {
            String scored = "(" + run.ids().get(i).substring(0, 8) + "): " + run.scores()[i] + "/100, rang " + (i + 1)
                    + ", cesuur gehaald";
            assertTrue(report.contains(scored), scored + " in " + report);
        }
        assertTrue(report.contains("enkel de 7 best gerangschikte kandidaten gaan door"), report);
        assertTrue(report.contains("toegepaste regel: " + tieRule + "."), report);
        assertTrue(report.contains(flat(motivation)), report);
        assertFalse(report.contains("INTERVIEW") || report.contains("EARLIEST_APPLICATION"), report);
        String stageOne = report.substring(report.indexOf("Proef 1: "), report.indexOf("Proef 2: "));
        if (run.byJury()) {
            assertTrue(stageOne.contains("Jury - jury.an (extern jurylid) - jury.bert Scores"), stageOne);
            // the stage has no components: each member's score is of the whole stage, without an internal code
            assertTrue(stageOne.contains("(" + run.ids().get(7).substring(0, 8) + "): 66/100, rang 8, cesuur gehaald "
                    + "(jury.an 66; jury.bert 66)"), stageOne);
        } else {
            assertTrue(stageOne.contains("Jury Geen jury: de scores van deze proef werden door HR ingevoerd."), stageOne);
        }
    }

    private static final String RESULT_MAIL = "Resultaat van je selectieproef";
    private static final String DECISION_MAIL = "Beslissing over je kandidatuur";

    /** The one mail to {@code address} whose subject starts so, once the relay has sent it. */
    private static Correspondence.Mail awaitMail(String address, String subjectStart) {
        Correspondence.Mail[] found = new Correspondence.Mail[1];
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<Correspondence.Mail> mails = Correspondence.mailsTo(smtp, address).stream()
                    .filter(m -> m.subject().startsWith(subjectStart)).toList();
            assertEquals(1, mails.size(), "mails \"" + subjectStart + "\" to " + address);
            found[0] = mails.get(0);
        });
        return found[0];
    }

    private static String flat(String text) {
        return Correspondence.flat(text);
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
        return ApplyOnceKnown.apply(EVENTUALLY, () -> {
            var response = given().contentType(ContentType.JSON).body(body).post(candidate() + "/applications");
            return new ApplyOnceKnown.Attempt<String>(response.statusCode(), response.asString(),
                    response.statusCode() == 201 ? response.path("id") : null);
        });
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
