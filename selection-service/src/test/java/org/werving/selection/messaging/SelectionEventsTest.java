package org.werving.selection.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.selection.SelectionFixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.werving.selection.SelectionFixtures.hr;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.selection.SelectionFixtures.CANDIDATE_TOPIC;
import static org.werving.selection.SelectionFixtures.DLQ_TOPIC;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.SELECTION_TOPIC;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.event;
import static org.werving.selection.SelectionFixtures.header;
import static org.werving.selection.SelectionFixtures.json;
import static org.werving.selection.SelectionFixtures.keyed;
import static org.werving.selection.SelectionFixtures.payload;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.types;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/** Consumes vacancy and candidate events from the real broker and publishes the selection's events. */
@QuarkusTest
class SelectionEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Pool pool;

    @Test
    void applicationsAreScreenedAndTheOutcomeIsPublishedKeyedByApplication() {
        UUID vacancy = UUID.randomUUID();
        UUID bachelor = UUID.randomUUID();
        UUID experienced = UUID.randomUUID();
        UUID tooLittle = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        produce(bootstrap,
                candidateEvent(bachelor, candidateApplied(bachelor, vacancy, false, "B", 0)),
                candidateEvent(experienced, candidateApplied(experienced, vacancy, false, null, 30)),
                candidateEvent(tooLittle, candidateApplied(tooLittle, vacancy, false, "C", 3)));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> !keyed(task, bachelor).isEmpty() && !keyed(task, experienced).isEmpty()
                    && !keyed(task, tooLittle).isEmpty());
            task.stop();

            ConsumerRecord<String, String> passed = keyed(task, bachelor).get(0);
            assertEquals("ScreeningPassed", header(passed, "ce_type"));
            assertEquals(bachelor.toString(), header(passed, "ce_subject"));
            assertEquals("/werving/selection-service", header(passed, "ce_source"));
            assertEquals("candidacy", header(passed, "ce_aggregatetype"));
            assertEquals("1.0", header(passed, "ce_specversion"));
            JsonNode admitted = payload(passed);
            assertEquals(vacancy.toString(), admitted.get("vacancyId").asText());
            assertEquals("bachelor", admitted.get("alternative").asText());
            assertFalse(admitted.get("capacityTestRequired").asBoolean());

            ConsumerRecord<String, String> conditional = keyed(task, experienced).get(0);
            assertEquals("ScreeningPassed", header(conditional, "ce_type"));
            assertTrue(payload(conditional).get("capacityTestRequired").asBoolean());
            assertEquals("ervaring en capaciteitstest", payload(conditional).get("alternative").asText());

            ConsumerRecord<String, String> failed = keyed(task, tooLittle).get(0);
            assertEquals("ScreeningFailed", header(failed, "ce_type"));
            JsonNode refused = payload(failed);
            assertEquals(tooLittle.toString(), refused.get("applicationId").asText());
            assertEquals("ervaring en capaciteitstest: relevante ervaring 3 maanden, minimum 12 vereist",
                    refused.get("reasons").get(1).asText());
            assertTrue(refused.get("motivation").asText().contains("diploma niveau C, minimum niveau B vereist"));
        }
        hr().get("/procedures/" + vacancy + "/candidacies").then().statusCode(200)
                .body("find { it.applicationId == '" + bachelor + "' }.status", equalTo("IN_STAGE"))
                .body("find { it.applicationId == '" + bachelor + "' }.currentStage", equalTo(1))
                .body("find { it.applicationId == '" + experienced + "' }.status", equalTo("AWAITING_CAPACITY_TEST"))
                .body("find { it.applicationId == '" + experienced + "' }.capacityTestRequired", equalTo(true))
                .body("find { it.applicationId == '" + tooLittle + "' }.status", equalTo("NOT_ADMITTED"));
    }

    /**
     * The internal track of a posting with seniority by scope, through the broker: CandidateApplied carries the
     * months earned here and at another local government separately, and each condition counts its own scope.
     */
    @Test
    void internalSeniorityIsCountedInTheScopeOfEachCondition() {
        UUID vacancy = UUID.randomUUID();
        Map<String, Object> published = new HashMap<>(vacancyPublished(vacancy));
        published.put("admission", Map.of("external", List.of(), "internal", List.of(
                Map.of("label", "1 jaar niveau C bij een lokaal bestuur", "conditions", List.of(
                        Map.of("type", "CONTRACT_TYPE", "contractType", "INDEFINITE"),
                        Map.of("type", "LEVEL_SENIORITY", "level", "C", "minMonths", 12,
                                "scope", "ANY_LOCAL_GOVERNMENT"))),
                Map.of("label", "1 jaar graad B bij stad of OCMW", "conditions", List.of(
                        Map.of("type", "GRADE_SENIORITY", "level", "B", "minMonths", 12, "scope", "THIS_EMPLOYER"))))));
        produce(bootstrap, vacancyEvent(vacancy, published));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));

        UUID splitLevelC = UUID.randomUUID();
        UUID gradeBElsewhere = UUID.randomUUID();
        produce(bootstrap,
                candidateEvent(splitLevelC, internal(splitLevelC, vacancy, "C", "C2", Map.of("levelSeniorityMonths", 7,
                        "levelSeniorityOtherLocalGovernmentMonths", 5))),
                candidateEvent(gradeBElsewhere, internal(gradeBElsewhere, vacancy, "B", "B1", Map.of(
                        "gradeSeniorityMonths", 11, "gradeSeniorityOtherLocalGovernmentMonths", 36))));
        awaitStatus(splitLevelC, "IN_STAGE");
        awaitStatus(gradeBElsewhere, "NOT_ADMITTED");
        hr().get("/candidacies/" + splitLevelC).then().statusCode(200)
                .body("motivation", startsWith("Toegelaten via 1 jaar niveau C bij een lokaal "
                        + "bestuur (intern): contract van onbepaalde duur (vereist: contract van onbepaalde duur); niveauanciënniteit 12 maanden (7 bij "
                        + "Stad of OCMW + 5 bij een ander lokaal bestuur) op niveau C (minimum 12 bij Stad, OCMW of een "
                        + "ander lokaal bestuur)."));
        hr().get("/candidacies/" + gradeBElsewhere).then().statusCode(200)
                .body("motivation", containsString("1 jaar graad B bij stad of OCMW (intern): "
                        + "graadanciënniteit 11 maanden op niveau B (de 36 maanden bij een ander lokaal bestuur tellen "
                        + "hier niet mee), minimum 12 bij Stad of OCMW vereist"));
    }

    private static Map<String, Object> internal(UUID application, UUID vacancy, String level, String grade,
            Map<String, Object> seniority) {
        Map<String, Object> facts = new HashMap<>(seniority);
        facts.put("contractType", "INDEFINITE");
        facts.put("currentLevel", level);
        facts.put("currentGrade", grade);
        facts.put("aFactFromTheFuture", "ignored");
        return Map.of("applicationId", application.toString(), "vacancyId", vacancy.toString(),
                "appliedAt", "2026-11-25T10:12:00Z", "internal", true, "facts", facts);
    }

    @Test
    void applicationBeforeItsVacancyIsScreenedWhenTheVacancyArrives() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 12)));
        awaitStatus(application, "AWAITING_VACANCY");
        hr().get("/procedures/" + vacancy + "/candidacies").then().statusCode(200)
                .body("applicationId", equalTo(List.of(application.toString())));

        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        awaitStatus(application, "IN_STAGE");
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("currentStage", equalTo(1))
                .body("currentStageName", equalTo("Speedinterview"))
                .body("decisions.kind", equalTo(List.of("AWAITING_VACANCY", "SCREENING_PASSED")));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> !keyed(task, application).isEmpty());
            task.stop();
            assertEquals(List.of("ScreeningPassed"), types(keyed(task, application)));
        }
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        UUID eventId = UUID.randomUUID();
        String applied = json(candidateApplied(application, vacancy, false, "B", 24));
        ProducerRecord<String, String> once = event(CANDIDATE_TOPIC, application.toString(), "CandidateApplied",
                "application", eventId, applied);
        ProducerRecord<String, String> again = event(CANDIDATE_TOPIC, application.toString(), "CandidateApplied",
                "application", eventId, applied);
        // same key, so same partition: once the marker is applied, both copies before it were handled
        ProducerRecord<String, String> after = event(CANDIDATE_TOPIC, application.toString(), "CandidateApplied",
                "application", UUID.randomUUID(), json(candidateApplied(marker, vacancy, false, "B", 24)));
        produce(bootstrap, once, again, after);

        awaitStatus(marker, "IN_STAGE");
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("status", equalTo("IN_STAGE"))
                .body("decisions.findAll { it.kind == 'SCREENING_PASSED' }", hasSize(1)); // AWAITING_VACANCY may precede it: the topics race
        assertEquals(1L, processedCount(eventId));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            // the relay publishes in write order: once the marker's event is out, the duplicate's would be too
            await().atMost(PATIENCE).until(() -> !keyed(task, marker).isEmpty() && !keyed(task, application).isEmpty());
            task.stop();
            assertEquals(List.of("ScreeningPassed"), types(keyed(task, application)));
        }
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        String key = application.toString();
        String noHeaders = "{\"poison\":\"no ce headers " + application + "\"}";
        String notJson = "{not json " + application;
        String noIds = "{\"poison\":\"no application id " + application + "\"}";
        produce(bootstrap,
                new ProducerRecord<>(CANDIDATE_TOPIC, key, noHeaders),
                event(CANDIDATE_TOPIC, key, "CandidateApplied", "application", UUID.randomUUID(), notJson),
                event(CANDIDATE_TOPIC, key, "CandidateApplied", "application", UUID.randomUUID(), noIds),
                candidateEvent(application, candidateApplied(application, vacancy, false, "A", 0)));

        awaitStatus(application, "IN_STAGE");
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(DLQ_TOPIC);
            await().atMost(PATIENCE).until(() -> keyed(task, application).size() >= 3);
            task.stop();
            List<String> dead = keyed(task, application).stream().map(ConsumerRecord::value).toList();
            assertEquals(List.of(noHeaders, notJson, noIds), dead);
            ConsumerRecord<String, String> first = keyed(task, application).get(0);
            assertEquals(CANDIDATE_TOPIC, header(first, "dead-letter-topic"));
        }
    }

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredAndTheNextIsApplied() {
        UUID unstorable = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        Map<String, Object> tooLong = vacancyPublished(unstorable);
        tooLong.put("title", "x".repeat(250)); // the database refuses it on every attempt
        ProducerRecord<String, String> failing = vacancyEvent(unstorable, tooLong);
        // same key: same partition, so the second waits until the first has been given up on
        ProducerRecord<String, String> next = event(SelectionFixtures.VACANCY_TOPIC, unstorable.toString(),
                "VacancyPublished", "vacancy", UUID.randomUUID(), json(vacancyPublished(fine)));
        produce(bootstrap, failing, next);

        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + fine + "/candidacies")
                .then().statusCode(200));
        hr().get("/procedures/" + unstorable + "/candidacies").then().statusCode(404);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(DLQ_TOPIC);
            await().atMost(PATIENCE).until(() -> !keyed(task, unstorable).isEmpty());
            task.stop();
            List<ConsumerRecord<String, String>> dead = keyed(task, unstorable);
            assertEquals(1, dead.size());
            assertEquals(failing.value(), dead.get(0).value());
            assertEquals(SelectionFixtures.VACANCY_TOPIC, header(dead.get(0), "dead-letter-topic"));
        }
    }

    @Test
    void theProcedurePublishesEveryStepUpToSelectionPassed() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        // an internal candidate without a diploma: the external route with the capacity test is open to them too
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, true, null, 14)));
        awaitStatus(application, "AWAITING_CAPACITY_TEST");

        hr().contentType(ContentType.JSON).body(Map.of("passed", true, "score", 71))
                .post("/candidacies/" + application + "/capacity-test").then().statusCode(200);
        hr().contentType(ContentType.JSON).body(Map.of("score", 80))
                .post("/candidacies/" + application + "/stages/1/score").then().statusCode(200);
        hr().contentType(ContentType.JSON).body(Map.of("score", 75.5))
                .post("/candidacies/" + application + "/stages/2/score").then().statusCode(200)
                .body("status", equalTo("PASSED"));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> keyed(task, application).size() >= 5);
            task.stop();
            List<ConsumerRecord<String, String>> mine = keyed(task, application);
            assertEquals(List.of("ScreeningPassed", "CapacityTestRecorded", "InterviewScored", "InterviewScored",
                    "SelectionPassed"), types(mine));
            JsonNode capacity = payload(mine.get(1));
            assertTrue(capacity.get("passed").asBoolean());
            assertEquals(71, capacity.get("score").asInt());
            JsonNode interview = payload(mine.get(2));
            assertEquals(1, interview.get("stageOrder").asInt());
            assertEquals("SPEED_INTERVIEW", interview.get("stageType").asText());
            assertEquals("Speedinterview", interview.get("stageName").asText());
            assertEquals(60, interview.get("passMark").asInt());
            assertTrue(interview.get("passed").asBoolean());
            assertFalse(interview.get("finalStage").asBoolean());
            assertTrue(payload(mine.get(3)).get("finalStage").asBoolean());
            JsonNode laureate = payload(mine.get(4));
            assertEquals(vacancy.toString(), laureate.get("vacancyId").asText());
            assertEquals(75.5, laureate.get("finalScore").asDouble());
            assertTrue(laureate.get("internal").asBoolean());
            // admitted through the external conditions (this vacancy has no internal ones): the recruitment reserve
            assertEquals("RECRUITMENT", laureate.get("reserveType").asText());
            assertEquals("GOES_ON", interview.get("outcome").asText());
            assertEquals("PASSED_SELECTION", payload(mine.get(3)).get("outcome").asText());
            mine.forEach(r -> assertEquals(application.toString(), header(r, "ce_subject")));
        }
    }

    @Test
    void eliminationsArePublishedWithTheirMotivation() {
        UUID vacancy = UUID.randomUUID();
        UUID failedTest = UUID.randomUUID();
        UUID failedStage = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        produce(bootstrap,
                candidateEvent(failedTest, candidateApplied(failedTest, vacancy, false, null, 12)),
                candidateEvent(failedStage, candidateApplied(failedStage, vacancy, false, "B", 0)));
        awaitStatus(failedTest, "AWAITING_CAPACITY_TEST");
        awaitStatus(failedStage, "IN_STAGE");

        hr().contentType(ContentType.JSON).body(Map.of("passed", false))
                .post("/candidacies/" + failedTest + "/capacity-test").then().statusCode(200);
        hr().contentType(ContentType.JSON).body(Map.of("score", 42))
                .post("/candidacies/" + failedStage + "/stages/1/score").then().statusCode(200);

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> keyed(task, failedTest).size() >= 3 && keyed(task, failedStage).size() >= 3);
            task.stop();
            List<ConsumerRecord<String, String>> test = keyed(task, failedTest);
            assertEquals(List.of("ScreeningPassed", "CapacityTestRecorded", "CandidateEliminated"), types(test));
            assertEquals("CAPACITY_TEST", payload(test.get(2)).get("stage").asText());
            assertFalse(payload(test.get(1)).get("passed").asBoolean());

            List<ConsumerRecord<String, String>> stage = keyed(task, failedStage);
            assertEquals(List.of("ScreeningPassed", "InterviewScored", "CandidateEliminated"), types(stage));
            assertFalse(payload(stage.get(1)).get("passed").asBoolean());
            assertEquals("Speedinterview", payload(stage.get(2)).get("stage").asText());
            assertEquals("Speedinterview: 42/100, minimum 60 vereist: niet geslaagd.",
                    payload(stage.get(2)).get("motivation").asText());
            assertEquals("BELOW_PASS_MARK", payload(stage.get(2)).get("cause").asText());
        }
    }

    private long processedCount(UUID eventId) {
        return pool.preparedQuery("SELECT count(*) AS n FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(eventId)).await().atMost(PATIENCE)
                .iterator().next().getLong("n");
    }

    @Test
    void withdrawnCandidateLeavesTheProcedureOnceAndADecidedOneKeepsItsOutcome() {
        UUID vacancy = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        UUID inStage = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        produce(bootstrap, candidateEvent(inStage, candidateApplied(inStage, vacancy, false, "B", 0)),
                candidateEvent(refused, candidateApplied(refused, vacancy, false, "C", 3)));
        awaitStatus(inStage, "IN_STAGE");
        awaitStatus(refused, "NOT_ADMITTED");

        UUID eventId = UUID.randomUUID();
        String withdrawn = json(java.util.Map.of("applicationId", inStage.toString(), "vacancyId", vacancy.toString(),
                "withdrawnAt", "2026-12-01T08:00:00Z"));
        produce(bootstrap, event(CANDIDATE_TOPIC, inStage.toString(), "ApplicationWithdrawn", "application", eventId,
                        withdrawn),
                event(CANDIDATE_TOPIC, inStage.toString(), "ApplicationWithdrawn", "application", eventId, withdrawn),
                event(CANDIDATE_TOPIC, refused.toString(), "ApplicationWithdrawn", "application", UUID.randomUUID(),
                        json(java.util.Map.of("applicationId", refused.toString(), "vacancyId", vacancy.toString()))));
        awaitStatus(inStage, "WITHDRAWN");
        hr().get("/candidacies/" + inStage).then().statusCode(200)
                .body("decisions.findAll { it.kind == 'WITHDRAWN' }", hasSize(1))
                .body("decisions[-1].kind", equalTo("WITHDRAWN"))
                .body("motivation", equalTo("De kandidaat heeft de kandidatuur op 2026-12-01 ingetrokken tijdens proef 1; "
                        + "geen verdere proeven."));
        hr().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("score", 80))
                .post("/candidacies/" + inStage + "/stages/1/score").then().statusCode(409);
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/candidacies/" + refused).then()
                .body("status", equalTo("NOT_ADMITTED")).body("decisions[-1].kind", equalTo("SCREENING_FAILED")));
    }
}
