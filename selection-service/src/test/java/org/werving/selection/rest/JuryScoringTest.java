package org.werving.selection.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.SELECTION_TOPIC;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.header;
import static org.werving.selection.SelectionFixtures.hr;
import static org.werving.selection.SelectionFixtures.juror;
import static org.werving.selection.SelectionFixtures.keyed;
import static org.werving.selection.SelectionFixtures.payload;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.types;
import static org.werving.selection.SelectionFixtures.vacancyAmended;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/**
 * Juries, member scores and closing stages: the pass mark at exactly 60 and at 59.99, the top-N cut
 * with a tie at the cut (INCLUDE_ALL_TIED), closing with a missing score, closing twice, scores out of
 * scale / for a candidate not in the stage / after closing, the object-level juror checks, the final
 * ranking and SelectionCompleted.
 */
@QuarkusTest
class JuryScoringTest {
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    UUID vacancy;

    /** Speed interview (top 2, one component /100), then a combined test (case + interview on /20, external member required). */
    private void publish() {
        vacancy = UUID.randomUUID();
        Map<String, Object> published = new HashMap<>(vacancyPublished(vacancy));
        published.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true,
                        "passMark", 60, "topN", 2),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true,
                        "passMark", 60, "scale", 20, "externalJuryMember", true,
                        "components", List.of(Map.of("name", "CASE", "weight", 1), Map.of("name", "INTERVIEW", "weight", 1)))));
        produce(bootstrap, vacancyEvent(vacancy, published));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
    }

    private UUID apply() {
        UUID application = UUID.randomUUID();
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 0)));
        awaitStatus(application, "IN_STAGE");
        return application;
    }

    private static ValidatableResponse score(io.restassured.specification.RequestSpecification who, UUID application,
            int stage, Map<String, Object> body) {
        return who.contentType(ContentType.JSON).body(body)
                .post("/candidacies/" + application + "/stages/" + stage + "/jury-scores").then().log().ifValidationFails();
    }

    private ValidatableResponse jury(int stage, List<Map<String, Object>> members) {
        return hr().contentType(ContentType.JSON).body(Map.of("members", members))
                .put("/procedures/" + vacancy + "/stages/" + stage + "/jury").then().log().ifValidationFails();
    }

    private ValidatableResponse close(int stage) {
        return hr().post("/procedures/" + vacancy + "/stages/" + stage + "/close").then().log().ifValidationFails();
    }

    /**
     * A top-7-like stage scored by HR without a jury: the scores wait for the closing, where the same ranking,
     * cut and tie rule apply as for a jury; the one cut above the pass mark is told so, once, as out.
     */
    @Test
    void hrScoresOfATopNStageWaitForTheClosingWhereTheCutApplies() {
        publish();
        UUID a = apply();
        UUID b = apply();
        UUID c = apply();
        ConsumerTask<String, String> task;
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            close(1).statusCode(409).body("type", equalTo("urn:werving:problem:no-jury"));
            Map<UUID, Integer> given = Map.of(a, 80, b, 70, c, 65);
            given.forEach((application, score) -> hrScore(application, score).statusCode(200)
                    .body("status", equalTo("IN_STAGE")).body("currentStage", equalTo(1)));
            hrScore(c, 66).statusCode(200); // corrected before the closing
            hr().get("/candidacies/" + c).then().body("scores[0].score", equalTo(66));
            close(1).statusCode(200).body("tieRule", equalTo("INCLUDE_ALL_TIED"))
                    .body("results.find { it.applicationId == '" + c + "' }.outcome", equalTo("OUTSIDE_TOP_N"));
            hr().get("/candidacies/" + a).then().body("status", equalTo("IN_STAGE")).body("currentStage", equalTo(2));
            hr().get("/candidacies/" + b).then().body("status", equalTo("IN_STAGE")).body("currentStage", equalTo(2));
            hr().get("/candidacies/" + c).then().body("status", equalTo("ELIMINATED"))
                    .body("motivation", equalTo("Speedinterview: 66/100, rang 3 van 3 (minimum 60): geslaagd, maar niet "
                            + "bij de 2 best gerangschikte kandidaten die doorgaan (rang 3 onder wie de cesuur haalde; de "
                            + "laatste die doorgaat heeft 70/100; bij gelijke score gaan alle kandidaten met die score "
                            + "door). De procedure stopt hier."));
            hrScore(a, 90).statusCode(409).body("type", equalTo("urn:werving:problem:stage-closed"));
            await().atMost(PATIENCE).until(() -> keyed(task, c).size() >= 3);
            task.stop();
        }
        List<ConsumerRecord<String, String>> events = keyed(task, c);
        assertEquals(List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"), types(events));
        JsonNode scored = payload(events.get(1));
        assertEquals(true, scored.get("passed").asBoolean());
        assertEquals("ELIMINATED", scored.get("outcome").asText());
        assertEquals(66, scored.get("score").asInt());
        assertEquals("OUTSIDE_TOP_N", payload(events.get(2)).get("cause").asText());
        assertEquals("GOES_ON", payload(keyed(task, a).get(1)).get("outcome").asText());
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ValidatableResponse hrScore(UUID application, int score) {
        return hr().contentType(ContentType.JSON).body(Map.of("score", score))
                .post("/candidacies/" + application + "/stages/1/score").then().log().ifValidationFails();
    }

    @Test
    void twoStagesWithTopNTieAtTheCutPassMarkBoundariesAndFinalRanking() {
        publish();
        UUID a = apply();
        UUID b = apply();
        UUID c = apply();
        UUID d = apply();
        UUID e = apply();

        // no jury yet: the stage cannot close, and a juror is not assigned anywhere
        close(1).statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:werving:problem:no-jury"));
        score(juror("juror.a"), a, 1, Map.of("score", 70)).statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:not-assigned"));

        jury(1, List.of(Map.of("subject", "juror.a", "external", false), Map.of("subject", "juror.b", "external", true)))
                .statusCode(200).body("members.subject", equalTo(List.of("juror.a", "juror.b")))
                .body("members[0].assignedBy", equalTo("hr.test"));
        jury(1, List.of()).statusCode(400).contentType(PROBLEM);

        // HR's direct score is refused once a jury scores the stage
        hr().contentType(ContentType.JSON).body(Map.of("score", 70)).post("/candidacies/" + a + "/stages/1/score")
                .then().statusCode(409).body("type", equalTo("urn:werving:problem:stage-scored-by-jury"));

        // refusals: a juror of another stage/none, out of scale, unknown component, candidate not in the stage
        score(juror("juror.c"), a, 1, Map.of("score", 70)).statusCode(403);
        score(juror("juror.a"), a, 2, Map.of("score", 70)).statusCode(403);
        score(juror("juror.a"), a, 1, Map.of("score", 100.01)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("score")));
        score(juror("juror.a"), a, 1, Map.of("score", -1)).statusCode(400).body("errors.field", equalTo(List.of("score")));
        score(juror("juror.a"), a, 1, Map.of("score", 70, "component", "ROLE_PLAY")).statusCode(400)
                .body("errors.field", equalTo(List.of("component")));
        score(juror("juror.a"), a, 9, Map.of("score", 70)).statusCode(404);
        score(juror("juror.a"), UUID.randomUUID(), 1, Map.of("score", 70)).statusCode(404);

        // jury reads: only their own stages
        juror("juror.a").get("/procedures/" + vacancy + "/stages/1/candidacies").then().statusCode(200)
                .body("candidacies", hasSize(5));
        juror("juror.c").get("/procedures/" + vacancy + "/stages/1/candidacies").then().statusCode(403);
        juror("juror.a").get("/procedures/" + vacancy + "/stages/2/jury").then().statusCode(403);
        juror("juror.a").get("/candidacies/" + a).then().statusCode(403);

        // a: 80; b and c: 70 (tied at the cut of 2); d: 59.99 (just under); e: exactly 60 but outside the top 2
        Map<UUID, double[]> marks = Map.of(a, new double[] {80, 80}, b, new double[] {75, 65},
                c, new double[] {70, 70}, d, new double[] {60, 59.98}, e, new double[] {60, 60});
        for (Map.Entry<UUID, double[]> m : marks.entrySet()) {
            score(juror("juror.a"), m.getKey(), 1, Map.of("score", m.getValue()[0])).statusCode(200)
                    .body("member", equalTo("juror.a")).body("component", equalTo("INTERVIEW"));
        }
        // closing with missing scores: 409 naming every missing one
        close(1).statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:werving:problem:missing-scores"))
                .body("errors", hasSize(5))
                .body("errors.message", hasItem("no score of juror.b for INTERVIEW"));
        for (Map.Entry<UUID, double[]> m : marks.entrySet()) {
            // HR records the external member's sheet on their behalf
            score(hr(), m.getKey(), 1, Map.of("member", "juror.b", "score", m.getValue()[1])).statusCode(200)
                    .body("member", equalTo("juror.b")).body("recordedBy", equalTo("hr.test"));
        }
        score(hr(), a, 1, Map.of("member", "nobody", "score", 50)).statusCode(400)
                .body("errors.field", equalTo(List.of("member")));

        close(1).statusCode(200)
                .body("tieRule", equalTo("INCLUDE_ALL_TIED"))
                .body("closedBy", equalTo("hr.test"))
                .body("results[0].applicationId", equalTo(a.toString()))
                .body("results[4].applicationId", equalTo(d.toString()))
                .body("results.find { it.applicationId == '" + a + "' }.rank", equalTo(1))
                .body("results.find { it.applicationId == '" + b + "' }.rank", equalTo(2))
                .body("results.find { it.applicationId == '" + c + "' }.rank", equalTo(2))
                .body("results.find { it.applicationId == '" + b + "' }.outcome", equalTo("GOES_ON"))
                .body("results.find { it.applicationId == '" + c + "' }.outcome", equalTo("GOES_ON"))
                .body("results.find { it.applicationId == '" + e + "' }.outcome", equalTo("OUTSIDE_TOP_N"))
                .body("results.find { it.applicationId == '" + e + "' }.passed", equalTo(true))
                .body("results.find { it.applicationId == '" + e + "' }.score", equalTo(60))
                .body("results.find { it.applicationId == '" + d + "' }.outcome", equalTo("BELOW_PASS_MARK"))
                .body("results.find { it.applicationId == '" + d + "' }.score", equalTo(59.99f));
        close(1).statusCode(409).body("type", equalTo("urn:werving:problem:stage-closed"));
        score(juror("juror.a"), a, 1, Map.of("score", 10)).statusCode(409)
                .body("type", equalTo("urn:werving:problem:stage-closed"));

        hr().get("/candidacies/" + e).then().statusCode(200).body("status", equalTo("ELIMINATED"))
                .body("decisions[-1].kind", equalTo("ELIMINATED"))
                .body("decisions[-1].decidedBy", equalTo("hr.test"))
                // no juror named, the cut told with the rank, the last score through and the tie rule in words
                .body("motivation", equalTo("Speedinterview: 60/100 (gemiddelde van 2 juryleden, waarvan 1 extern), "
                        + "rang 4 van 5 (minimum 60): geslaagd, maar niet bij de 2 best gerangschikte kandidaten die "
                        + "doorgaan (rang 4 onder wie de cesuur haalde; de laatste die doorgaat heeft 70/100; bij "
                        + "gelijke score gaan alle kandidaten met die score door). De procedure stopt hier."));
        hr().get("/candidacies/" + d).then().statusCode(200).body("status", equalTo("ELIMINATED"))
                .body("motivation", containsString("Speedinterview: 59,99/100"))
                .body("motivation", containsString("minimum 60 vereist: niet geslaagd."));
        hr().get("/candidacies/" + c).then().body("status", equalTo("IN_STAGE")).body("currentStage", equalTo(2))
                .body("scores[0].rank", equalTo(2));

        // stage 2 needs an external member
        jury(2, List.of(Map.of("subject", "juror.c", "external", false))).statusCode(400)
                .body("type", equalTo("urn:werving:problem:external-jury-member"));
        jury(2, List.of(Map.of("subject", "juror.c", "external", false), Map.of("subject", "juror.b", "external", true)))
                .statusCode(200).body("components", equalTo(List.of("CASE", "INTERVIEW"))).body("scale", equalTo(20));
        score(juror("juror.c"), e, 2, Map.of("score", 10, "component", "CASE")).statusCode(409)
                .body("type", equalTo("urn:werving:problem:candidate-not-in-stage"));
        score(juror("juror.c"), a, 2, Map.of("score", 20.5, "component", "CASE")).statusCode(400);
        score(juror("juror.c"), a, 2, Map.of("score", 10)).statusCode(400).body("errors.field", equalTo(List.of("component")));

        // a: exactly 60; b: 90; c: 59.99 (mean of 60 and 59.975, rounded half-up)
        Map<UUID, double[]> sheets = Map.of(a, new double[] {12, 12, 12, 12}, b, new double[] {18, 18, 18, 18},
                c, new double[] {12, 12, 12, 11.99});
        for (Map.Entry<UUID, double[]> s : sheets.entrySet()) {
            double[] v = s.getValue();
            score(juror("juror.c"), s.getKey(), 2, Map.of("component", "CASE", "score", v[0])).statusCode(200);
            score(juror("juror.c"), s.getKey(), 2, Map.of("component", "INTERVIEW", "score", v[1])).statusCode(200);
            score(juror("juror.b"), s.getKey(), 2, Map.of("component", "CASE", "score", v[2])).statusCode(200);
            score(juror("juror.b"), s.getKey(), 2, Map.of("component", "INTERVIEW", "score", v[3])).statusCode(200);
        }
        close(2).statusCode(200).body("finalStage", equalTo(true))
                .body("ranking.applicationId", equalTo(List.of(b.toString(), a.toString())))
                .body("ranking.rank", equalTo(List.of(1, 2)))
                .body("ranking.finalScore", equalTo(List.of(90, 60)))
                .body("ranking.reserveType", equalTo(List.of("RECRUITMENT", "RECRUITMENT")));
        hr().get("/candidacies/" + a).then().body("status", equalTo("PASSED"));
        hr().get("/candidacies/" + c).then().body("status", equalTo("ELIMINATED"))
                .body("motivation", containsString("Gecombineerde proef: 59,99/100"));

        // the selection report as PDF, read back: jury with the external member, pass marks, cut and tie rule in
        // words, every score the Dutch way, the ranking with the reserve, the decisions; no code, no name
        byte[] pdf = hr().get("/procedures/" + vacancy + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = pdfText(pdf);
        for (String expected : List.of("Proces-verbaal van de selectieprocedure", "Proef 1: Speedinterview",
                "enkel de 2 best gerangschikte kandidaten gaan door", "juror.b (extern jurylid)", "cesuur 60/100",
                "toegepaste regel: bij gelijke score gaan alle kandidaten met die score door", "59,99/100",
                "Eindrangschikking en reserves", "wervingsreserve", "Beslissingen per kandidaat", "uitgeschakeld")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("INCLUDE_ALL_TIED") || text.contains("ELIMINATED"), text);

        // the selection report: stages with their jury, the ranking, all scores and the motivated decisions
        hr().get("/procedures/" + vacancy + "/report").then().statusCode(200)
                .body("tieRule", equalTo("INCLUDE_ALL_TIED"))
                .body("stages.closedBy", equalTo(List.of("hr.test", "hr.test")))
                .body("stages[1].jury.subject", equalTo(List.of("juror.b", "juror.c")))
                .body("stages[1].jury.external", equalTo(List.of(true, false)))
                .body("ranking.applicationId", equalTo(List.of(b.toString(), a.toString())))
                .body("ranking.rank", equalTo(List.of(1, 2)))
                .body("candidacies", hasSize(5))
                .body("candidacies.find { it.applicationId == '" + a + "' }.scores.score", equalTo(List.of(80, 60)))
                .body("candidacies.find { it.applicationId == '" + a + "' }.memberScores", hasSize(6))
                .body("candidacies.find { it.applicationId == '" + e + "' }.decisions[-1].decidedBy",
                        equalTo("hr.test"));
        juror("juror.b").get("/procedures/" + vacancy + "/report").then().statusCode(403);

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> keyed(task, vacancy).size() >= 1 && keyed(task, e).size() >= 3
                    && keyed(task, a).size() >= 4);
            task.stop();
            assertEquals(List.of("SelectionCompleted"), types(keyed(task, vacancy)));
            JsonNode completed = payload(keyed(task, vacancy).get(0));
            assertEquals(2, completed.get("laureates").size());
            assertEquals(b.toString(), completed.get("laureates").get(0).get("applicationId").asText());
            assertEquals(1, completed.get("laureates").get(0).get("rank").asInt());
            assertEquals(60, completed.get("laureates").get(1).get("finalScore").asInt());
            assertEquals("RECRUITMENT", completed.get("laureates").get(1).get("reserveType").asText());
            assertEquals(List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"), types(keyed(task, e)));
            assertEquals(List.of("ScreeningPassed", "InterviewScored", "InterviewScored", "SelectionPassed"),
                    types(keyed(task, a)));
        }
    }

    /**
     * A stage whose components measure competencies, scored on /10 through score sheets: the sheet names its
     * cells, a faulty sheet records nothing, a partial one lists what is missing, closing names the missing
     * competency score, and the stage score, report and InterviewScored carry the competency profile.
     */
    @Test
    void perCompetencyScoringWithScoreSheets() {
        vacancy = UUID.randomUUID();
        Map<String, Object> published = new HashMap<>(vacancyPublished(vacancy));
        published.put("competencies", List.of(Map.of("name", "Klantgerichtheid", "definition", "..."),
                Map.of("name", "Samenwerken", "definition", "..."), Map.of("name", "Analyse", "definition", "...")));
        published.put("stages", List.of(Map.of("order", 1, "type", "COMBINED_TEST", "name", "Gecombineerde proef",
                "eliminating", true, "passMark", 60, "scale", 10, "components", List.of(
                        Map.of("name", "Case", "weight", 2, "competencies", List.of("Analyse", "Klantgerichtheid")),
                        Map.of("name", "Jurygesprek", "weight", 1, "competencies", List.of("Samenwerken",
                                "Klantgerichtheid"))))));
        produce(bootstrap, vacancyEvent(vacancy, published));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        UUID strong = apply();
        UUID weak = apply();

        jury(1, List.of(Map.of("subject", "juror.a", "external", false), Map.of("subject", "juror.b", "external", true)))
                .statusCode(200).body("scale", equalTo(10))
                .body("scoreSheet.component", equalTo(List.of("Case", "Case", "Jurygesprek", "Jurygesprek")))
                .body("scoreSheet.competency", equalTo(List.of("Analyse", "Klantgerichtheid", "Samenwerken",
                        "Klantgerichtheid")))
                .body("scoreSheet.componentWeight", equalTo(List.of(2, 2, 1, 1)));

        // one cell at a time: the competency is required for a component that measures competencies
        score(juror("juror.a"), strong, 1, Map.of("component", "Case", "score", 8)).statusCode(400)
                .contentType(PROBLEM).body("errors.field", equalTo(List.of("competency")));
        score(juror("juror.a"), strong, 1, Map.of("component", "Case", "competency", "Samenwerken", "score", 8))
                .statusCode(400).body("errors.field", equalTo(List.of("competency")));
        score(juror("juror.a"), strong, 1, Map.of("component", "Case", "competency", "Analyse", "score", 7))
                .statusCode(200).body("competency", equalTo("Analyse")).body("score", equalTo(7));
        // a juror corrects a score before the stage closes; the audit trail keeps the previous value
        score(juror("juror.a"), strong, 1, Map.of("component", "Case", "competency", "Analyse", "score", 8))
                .statusCode(200).body("competency", equalTo("Analyse")).body("score", equalTo(8));

        // a faulty sheet records nothing and names every faulty cell
        sheet(juror("juror.a"), strong, Map.of("scores", List.of(
                Map.of("component", "Case", "competency", "Analyse", "score", 3),
                Map.of("component", "Case", "competency", "Klantgerichtheid", "score", 10.5),
                Map.of("component", "Rollenspel", "score", 5)))).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("scores[1].score", "scores[2].component")));
        sheet(juror("juror.c"), strong, Map.of("scores", List.of(
                Map.of("component", "Case", "competency", "Analyse", "score", 3)))).statusCode(403);
        // a partial sheet is kept and says what is missing; Analyse is still 8
        sheet(juror("juror.a"), strong, Map.of("scores", List.of(
                Map.of("component", "Case", "competency", "Klantgerichtheid", "score", 9),
                Map.of("component", "Jurygesprek", "competency", "Samenwerken", "score", 7)))).statusCode(200)
                .body("member", equalTo("juror.a")).body("complete", equalTo(false))
                .body("scores", hasSize(3))
                .body("scores.find { it.competency == 'Analyse' }.score", equalTo(8))
                .body("missing.component", equalTo(List.of("Jurygesprek")))
                .body("missing.competency", equalTo(List.of("Klantgerichtheid")));
        close(1).statusCode(409).body("type", equalTo("urn:werving:problem:missing-scores"))
                .body("errors.message", hasItem("no score of juror.a for Jurygesprek / Klantgerichtheid"))
                .body("errors.message", hasItem("no score of juror.b for Case / Analyse"));

        // strong, juror.a: Case (8 + 9) / 2 = 8.5 → 85, Jurygesprek (7 + 8) / 2 = 7.5 → 75: (2 x 85 + 75) / 3 = 81.67
        sheet(juror("juror.a"), strong, Map.of("scores", List.of(
                Map.of("component", "Jurygesprek", "competency", "Klantgerichtheid", "score", 8)))).statusCode(200)
                .body("complete", equalTo(true)).body("missing", hasSize(0));
        // strong, juror.b (recorded by HR): Case (6 + 7) → 65, Jurygesprek (8 + 6) → 70: (130 + 70) / 3 = 66.67
        sheet(hr(), strong, Map.of("member", "juror.b", "scores", List.of(
                Map.of("component", "Case", "competency", "Analyse", "score", 6),
                Map.of("component", "Case", "competency", "Klantgerichtheid", "score", 7),
                Map.of("component", "Jurygesprek", "competency", "Samenwerken", "score", 8),
                Map.of("component", "Jurygesprek", "competency", "Klantgerichtheid", "score", 6)))).statusCode(200)
                .body("complete", equalTo(true)).body("scores.recordedBy", equalTo(List.of("hr.test", "hr.test",
                        "hr.test", "hr.test")));
        // weak: 5 on every cell from both → 50
        for (String member : List.of("juror.a", "juror.b")) {
            sheet(juror(member), weak, Map.of("scores", List.of(
                    Map.of("component", "Case", "competency", "Analyse", "score", 5),
                    Map.of("component", "Case", "competency", "Klantgerichtheid", "score", 5),
                    Map.of("component", "Jurygesprek", "competency", "Samenwerken", "score", 5),
                    Map.of("component", "Jurygesprek", "competency", "Klantgerichtheid", "score", 5)))).statusCode(200);
        }

        // an amendment lowers the scale to 8 after the scores: closing names the score above it, until it is given again
        Map<String, Object> amended = new HashMap<>(published);
        amended.put("stages", List.of(Map.of("order", 1, "type", "COMBINED_TEST", "name", "Gecombineerde proef",
                "eliminating", true, "passMark", 60, "scale", 8, "components", ((Map<?, ?>) ((List<?>) published
                        .get("stages")).get(0)).get("components"))));
        produce(bootstrap, vacancyAmended(vacancy, "schaal op 8", List.of("stages"), amended));
        await().atMost(PATIENCE).untilAsserted(() -> close(1).statusCode(409)
                .body("errors.message", hasItem("the score of juror.a for Case / Klantgerichtheid (9) lies above the "
                        + "scale of 8; record it again")));
        produce(bootstrap, vacancyAmended(vacancy, "schaal terug op 10", List.of("stages"), published));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/stages/1/jury").then()
                .body("scale", equalTo(10)));

        // stage: (81.666.. + 66.666..) / 2 = 74.17
        close(1).statusCode(200)
                .body("results.find { it.applicationId == '" + strong + "' }.score", equalTo(74.17f))
                .body("results.find { it.applicationId == '" + weak + "' }.outcome", equalTo("BELOW_PASS_MARK"));
        hr().get("/candidacies/" + weak).then().body("status", equalTo("ELIMINATED"))
                .body("motivation", containsString("Gecombineerde proef: 50/100 (gemiddelde van 2 juryleden, waarvan 1 "
                        + "extern; per competentie: Analyse 50, Klantgerichtheid 50, Samenwerken 50)"))
                .body("motivation", not(containsString("juror.")));
        sheet(juror("juror.a"), strong, Map.of("scores", List.of(
                Map.of("component", "Case", "competency", "Analyse", "score", 1)))).statusCode(409)
                .body("type", equalTo("urn:werving:problem:stage-closed"));

        // the procedure's audit trail: who assigned the jury, who recorded and corrected which score, who closed
        hr().get("/procedures/" + vacancy + "/audit").then().statusCode(200)
                .body("find { it.action == 'JURY_ASSIGNED' }.actor", equalTo("hr.test"))
                .body("find { it.action == 'JURY_ASSIGNED' }.detail", equalTo("jury van Gecombineerde proef: juror.a, "
                        + "juror.b (extern)"))
                .body("findAll { it.action == 'SCORE_CORRECTED' }.detail",
                        equalTo(List.of("juror.a: Case / Analyse 7 → 8")))
                .body("find { it.action == 'SCORE_CORRECTED' }.actor", equalTo("juror.a"))
                .body("find { it.action == 'SCORE_CORRECTED' }.applicationId", equalTo(strong.toString()))
                .body("findAll { it.action == 'SCORE_RECORDED' && it.actor == 'hr.test' }", hasSize(4))
                .body("findAll { it.action == 'SCORE_RECORDED' }", hasSize(16)) // 2 candidates x 2 members x 4 cells
                .body("find { it.action == 'STAGE_CLOSED' }.detail", equalTo("Gecombineerde proef afgesloten: 2 "
                        + "kandidaten, 1 geslaagd, 1 uitgeschakeld; cesuur 60/100; bij gelijke score gaan alle "
                        + "kandidaten met die score door"))
                .body("find { it.action == 'ELIMINATED' }.applicationId", equalTo(weak.toString()))
                .body("action[-1]", oneOf("ELIMINATED", "SELECTION_PASSED", "STAGE_CLOSED"));
        juror("juror.a").get("/procedures/" + vacancy + "/audit").then().statusCode(403);
        hr().get("/procedures/" + UUID.randomUUID() + "/audit").then().statusCode(404).contentType(PROBLEM);

        // the report: per competency the mean over members and components (Klantgerichtheid (9 + 8 + 7 + 6) / 4 → 75)
        hr().get("/procedures/" + vacancy + "/report").then().statusCode(200)
                .body("candidacies.find { it.applicationId == '" + strong + "' }.competencyProfile.competency",
                        equalTo(List.of("Analyse", "Klantgerichtheid", "Samenwerken")))
                .body("candidacies.find { it.applicationId == '" + strong + "' }.competencyProfile.score",
                        equalTo(List.of(70, 75, 75)))
                .body("candidacies.find { it.applicationId == '" + strong + "' }.memberScores", hasSize(8));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> types(keyed(task, strong)).contains("InterviewScored"));
            task.stop();
            JsonNode scored = payload(keyed(task, strong).stream()
                    .filter(r -> "InterviewScored".equals(header(r, "ce_type")))
                    .findFirst().orElseThrow());
            assertEquals(74.17, scored.get("score").asDouble());
            assertEquals("Klantgerichtheid", scored.get("competencyScores").get(1).get("competency").asText());
            assertEquals(75, scored.get("competencyScores").get(1).get("score").asInt());
        }
    }

    private static ValidatableResponse sheet(io.restassured.specification.RequestSpecification who, UUID application,
            Map<String, Object> body) {
        return who.contentType(ContentType.JSON).body(body)
                .put("/candidacies/" + application + "/stages/1/score-sheet").then().log().ifValidationFails();
    }

    @Test
    void concurrentBookingsNeverOverbookASlot() throws Exception {
        publish();
        List<UUID> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID application = UUID.randomUUID();
            candidates.add(application);
            produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 0)));
        }
        candidates.forEach(application -> awaitStatus(application, "IN_STAGE"));

        String slots = "/procedures/" + vacancy + "/stages/1/slots";
        hr().contentType(ContentType.JSON).body(Map.of("startsAt", "2027-01-20T09:00:00+01:00", "durationMinutes", 15,
                "capacity", 2)).post(slots).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("meetingLink"));
        String location = hr().contentType(ContentType.JSON).body(Map.of("startsAt", "2027-01-20T09:00:00+01:00",
                        "durationMinutes", 15, "meetingLink", "https://teams.example/speed-1", "capacity", 2))
                .post(slots).then().statusCode(201).body("booked", equalTo(0)).extract().header("Location");
        UUID slot = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (UUID application : candidates) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return hr().contentType(ContentType.JSON).body(Map.of("slotId", slot.toString()))
                            .post("/candidacies/" + application + "/stages/1/booking").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(2, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(4, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        hr().get(location).then().statusCode(200).body("booked", equalTo(2)).body("capacity", equalTo(2));
        hr().get(slots).then().statusCode(200).body("", hasSize(1));
        // a full slot says so; a candidate books once per stage
        UUID late = candidates.get(5);
        hr().contentType(ContentType.JSON).body(Map.of("slotId", slot.toString()))
                .post("/candidacies/" + late + "/stages/1/booking").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.anyOf(equalTo("urn:werving:problem:slot-full"),
                        equalTo("urn:werving:problem:already-booked")));
        hr().contentType(ContentType.JSON).body(Map.of("slotId", UUID.randomUUID().toString()))
                .post("/candidacies/" + late + "/stages/1/booking").then().statusCode(404);

        // closing the same stage twice at the same moment: the advisory lock and the closure row let one win
        jury(1, List.of(Map.of("subject", "juror.a", "external", true))).statusCode(200);
        for (UUID application : candidates) {
            score(juror("juror.a"), application, 1, Map.of("score", 75)).statusCode(200);
        }
        java.util.concurrent.ExecutorService closers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> both = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(closers.submit(() -> {
                    go.await();
                    return hr().post("/procedures/" + vacancy + "/stages/1/close").then().extract().statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = List.of(both.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS),
                    both.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), statuses.toString());
        } finally {
            closers.shutdownNow();
        }
        // six candidates tied at 75 with a top 2 under INCLUDE_ALL_TIED: all six go on, each scored once
        hr().get("/procedures/" + vacancy + "/report").then().statusCode(200)
                .body("candidacies.findAll { it.scores.size() == 1 }", hasSize(6))
                .body("candidacies.findAll { it.status == 'IN_STAGE' }", hasSize(6));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> candidates.stream()
                    .filter(c -> types(keyed(task, c)).contains("InterviewScheduled")).count() >= 2
                    && candidates.stream().allMatch(c -> types(keyed(task, c)).contains("InterviewScored")));
            task.stop();
            for (UUID c : candidates) {
                assertEquals(1, types(keyed(task, c)).stream().filter("InterviewScored"::equals).count());
            }
            ConsumerRecord<String, String> scheduled = candidates.stream().flatMap(c -> keyed(task, c).stream())
                    .filter(r -> "InterviewScheduled".equals(org.werving.selection.SelectionFixtures.header(r, "ce_type")))
                    .findFirst().orElseThrow();
            JsonNode payload = payload(scheduled);
            assertEquals(slot.toString(), payload.get("slotId").asText());
            assertEquals("https://teams.example/speed-1", payload.get("meetingLink").asText());
            assertEquals(15, payload.get("durationMinutes").asInt());
        }
    }
}
