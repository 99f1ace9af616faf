package org.werving.selection.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.SELECTION_TOPIC;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.hr;
import static org.werving.selection.SelectionFixtures.juror;
import static org.werving.selection.SelectionFixtures.keyed;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.types;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/**
 * The close preview: what closing a stage would decide (pass mark, top-N with a tie at the cut, the final
 * ranking), equal to what the real close then decides, refused where the close would refuse, and writing
 * nothing: no audit line, no state, no score, no event.
 */
@QuarkusTest
class ClosePreviewTest {
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    UUID vacancy;

    private UUID apply() {
        UUID application = UUID.randomUUID();
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 0)));
        awaitStatus(application, "IN_STAGE");
        return application;
    }

    private String stage(int order) {
        return "/procedures/" + vacancy + "/stages/" + order;
    }

    private ValidatableResponse preview(int order) {
        return hr().get(stage(order) + "/close-preview").then().log().ifValidationFails();
    }

    private void score(String member, UUID application, int order, double score) {
        juror(member).contentType(ContentType.JSON).body(Map.of("score", score))
                .post("/candidacies/" + application + "/stages/" + order + "/jury-scores").then().statusCode(200);
    }

    private void jury(int order) {
        hr().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("subject", "juror.p", "external", true))))
                .put(stage(order) + "/jury").then().statusCode(200);
    }

    /** Everything a write could change: the audit trail, the board and each candidacy's decisions and scores. */
    private List<Object> state(List<UUID> candidates) {
        List<Object> state = new java.util.ArrayList<>();
        state.add(hr().get("/procedures/" + vacancy + "/audit").then().statusCode(200).extract().jsonPath().getList(""));
        state.add(hr().get("/procedures/" + vacancy + "/candidacies").then().statusCode(200).extract().jsonPath()
                .getList(""));
        candidates.forEach(c -> state.add(hr().get("/candidacies/" + c).then().statusCode(200).extract().jsonPath()
                .getMap("")));
        return state;
    }

    /** The close's answer without who closed it and when: the part a preview can know. */
    private static Map<String, Object> decided(Map<String, Object> closed) {
        Map<String, Object> copy = new HashMap<>(closed);
        copy.remove("closedBy");
        copy.remove("closedAt");
        return copy;
    }

    @Test
    void thePreviewIsWhatTheCloseDecidesAndWritesNothing() {
        vacancy = UUID.randomUUID();
        Map<String, Object> published = new HashMap<>(vacancyPublished(vacancy));
        published.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true,
                        "passMark", 60, "topN", 2),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true,
                        "passMark", 60)));
        produce(bootstrap, vacancyEvent(vacancy, published));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        UUID a = apply();
        UUID b = apply();
        UUID c = apply();
        UUID d = apply();
        List<UUID> all = List.of(a, b, c, d);

        // refused where the close refuses: no jury, then a missing score, each with the close's own problem
        preview(1).statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:werving:problem:no-jury"));
        jury(1);
        score("juror.p", a, 1, 80);
        score("juror.p", b, 1, 70);
        score("juror.p", c, 1, 70);
        Map<String, Object> missingPreview = preview(1).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:missing-scores"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(d.toString()))
                .body("errors.message", hasItem("no score of juror.p for INTERVIEW"))
                .extract().jsonPath().getMap("");
        Map<String, Object> missingClose = hr().post(stage(1) + "/close").then().statusCode(409)
                .extract().jsonPath().getMap("");
        assertEquals(missingClose.get("errors"), missingPreview.get("errors"));
        score("juror.p", d, 1, 59.99);

        ConsumerTask<String, String> task;
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);

            // a: 80 goes on; b and c tied at 70 at the cut of 2 both go on (INCLUDE_ALL_TIED); d under the pass mark
            List<Object> before = state(all);
            Map<String, Object> previewed = preview(1).statusCode(200).contentType(ContentType.JSON)
                    .body("closedBy", nullValue()).body("closedAt", nullValue())
                    .body("stageName", equalTo("Speedinterview")).body("passMark", equalTo(60))
                    .body("topN", equalTo(2)).body("tieRule", equalTo("INCLUDE_ALL_TIED"))
                    .body("finalStage", equalTo(false))
                    .body("results", hasSize(4))
                    .body("results[0].applicationId", equalTo(a.toString()))
                    .body("results[3].applicationId", equalTo(d.toString()))
                    .body("results.find { it.applicationId == '" + b + "' }.outcome", equalTo("GOES_ON"))
                    .body("results.find { it.applicationId == '" + c + "' }.rank", equalTo(2))
                    .body("results.find { it.applicationId == '" + d + "' }.outcome", equalTo("BELOW_PASS_MARK"))
                    .body("results.find { it.applicationId == '" + d + "' }.decision", equalTo("ELIMINATED"))
                    .body("ranking", hasSize(0))
                    .extract().jsonPath().getMap("");
            // twice the same answer, and nothing changed: no audit line, no status, no decision, no score
            assertEquals(previewed, preview(1).statusCode(200).extract().jsonPath().getMap(""));
            assertEquals(before, state(all));

            Map<String, Object> closed = hr().post(stage(1) + "/close").then().statusCode(200)
                    .body("closedBy", equalTo("hr.test")).extract().jsonPath().getMap("");
            assertEquals(decided(closed), decided(previewed));
            preview(1).statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:werving:problem:stage-closed"));

            // the final stage: the preview's ranking is the close's final ranking
            jury(2);
            score("juror.p", a, 2, 65);
            score("juror.p", b, 2, 90);
            score("juror.p", c, 2, 40);
            List<Object> beforeFinal = state(all);
            Map<String, Object> previewedFinal = preview(2).statusCode(200).body("finalStage", equalTo(true))
                    .body("ranking.applicationId", equalTo(List.of(b.toString(), a.toString())))
                    .body("ranking.finalScore", equalTo(List.of(90, 65)))
                    .body("ranking.reserveType", equalTo(List.of("RECRUITMENT", "RECRUITMENT")))
                    .body("results.find { it.applicationId == '" + c + "' }.outcome", equalTo("BELOW_PASS_MARK"))
                    .extract().jsonPath().getMap("");
            assertEquals(beforeFinal, state(all));
            Map<String, Object> closedFinal = hr().post(stage(2) + "/close").then().statusCode(200)
                    .extract().jsonPath().getMap("");
            assertEquals(decided(closedFinal), decided(previewedFinal));

            // the events are those of the two closes alone: one InterviewScored per stage taken, no more
            await().atMost(PATIENCE).until(() -> keyed(task, vacancy).size() >= 1 && keyed(task, a).size() >= 4
                    && keyed(task, d).size() >= 3);
            task.stop();
        }
        assertEquals(List.of("SelectionCompleted"), types(keyed(task, vacancy)));
        assertEquals(List.of("ScreeningPassed", "InterviewScored", "InterviewScored", "SelectionPassed"),
                types(keyed(task, a)));
        assertEquals(List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"), types(keyed(task, d)));
        // the audit trail holds one closing per stage, the previews none
        hr().get("/procedures/" + vacancy + "/audit").then()
                .body("findAll { it.action == 'STAGE_CLOSED' }", hasSize(2));
        juror("juror.p").get(stage(1) + "/close-preview").then().statusCode(403);
    }
}
