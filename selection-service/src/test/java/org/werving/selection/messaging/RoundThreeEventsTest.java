package org.werving.selection.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.werving.selection.SelectionFixtures.CANDIDATE_TOPIC;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.SELECTION_TOPIC;
import static org.werving.selection.SelectionFixtures.VACANCY_TOPIC;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.event;
import static org.werving.selection.SelectionFixtures.header;
import static org.werving.selection.SelectionFixtures.hr;
import static org.werving.selection.SelectionFixtures.json;
import static org.werving.selection.SelectionFixtures.juror;
import static org.werving.selection.SelectionFixtures.keyed;
import static org.werving.selection.SelectionFixtures.payload;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.vacancyAmended;
import static org.werving.selection.SelectionFixtures.types;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/**
 * Self-service bookings (SlotBookingRequested → InterviewScheduled or SlotBookingRefused), erasure
 * (CandidateDataErased), amendments (VacancyAmended), a withdrawal freeing the booked seat, a concurrent
 * duplicate booking (409, never 500) and the report's ranking under the final stage's own tie rule.
 */
@QuarkusTest
class RoundThreeEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Pool pool;

    private UUID publish() {
        UUID vacancy = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        return vacancy;
    }

    private UUID apply(UUID vacancy, String diploma, String status) {
        UUID application = UUID.randomUUID();
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, diploma, 0)));
        awaitStatus(application, status);
        return application;
    }

    private static UUID openSlot(UUID vacancy, int capacity) {
        String location = hr().contentType(ContentType.JSON).body(Map.of("startsAt", "2027-01-20T09:00:00+01:00",
                        "durationMinutes", 15, "meetingLink", "https://teams.example/speed", "capacity", capacity))
                .post("/procedures/" + vacancy + "/stages/1/slots").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static ProducerRecord<String, String> bookingRequested(UUID application, UUID vacancy, UUID slot) {
        return event(CANDIDATE_TOPIC, application.toString(), "SlotBookingRequested", "application", UUID.randomUUID(),
                json(Map.of("applicationId", application.toString(), "vacancyId", vacancy.toString(), "stageOrder", 1,
                        "slotId", slot.toString())));
    }

    private static int booked(UUID vacancy, UUID slot) {
        return hr().get("/procedures/" + vacancy + "/stages/1/slots/" + slot).then().statusCode(200)
                .extract().path("booked");
    }

    @Test
    void selfServiceBookingSchedulesOrIsRefusedAndAWithdrawalFreesTheSeat() {
        UUID vacancy = publish();
        UUID first = apply(vacancy, "B", "IN_STAGE");
        UUID second = apply(vacancy, "B", "IN_STAGE");
        UUID refused = apply(vacancy, "C", "NOT_ADMITTED");
        UUID slot = openSlot(vacancy, 1);

        produce(bootstrap, bookingRequested(first, vacancy, slot));
        await().atMost(PATIENCE).until(() -> booked(vacancy, slot) == 1);
        produce(bootstrap, bookingRequested(second, vacancy, slot), bookingRequested(refused, vacancy, slot),
                bookingRequested(first, vacancy, slot));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> types(keyed(task, first)).contains("SlotBookingRefused")
                    && types(keyed(task, second)).contains("SlotBookingRefused")
                    && types(keyed(task, refused)).contains("SlotBookingRefused"));
            task.stop();
            assertEquals(List.of("ScreeningPassed", "InterviewScheduled", "SlotBookingRefused"), types(keyed(task, first)));
            JsonNode scheduled = payload(keyed(task, first).get(1));
            assertEquals(slot.toString(), scheduled.get("slotId").asText());
            assertEquals(1, scheduled.get("stageOrder").asInt());
            assertEquals("already-booked", payload(keyed(task, first).get(2)).get("reason").asText());
            JsonNode full = payload(refusal(keyed(task, second)));
            assertEquals("slot-full", full.get("reason").asText());
            assertEquals(vacancy.toString(), full.get("vacancyId").asText());
            assertEquals(slot.toString(), full.get("slotId").asText());
            assertEquals(1, full.get("stageOrder").asInt());
            assertEquals("candidate-not-in-stage", payload(refusal(keyed(task, refused))).get("reason").asText());
        }
        assertEquals(1, booked(vacancy, slot));

        // the booked candidate withdraws: the seat is free again, and the other candidate books it
        produce(bootstrap, event(CANDIDATE_TOPIC, first.toString(), "ApplicationWithdrawn", "application",
                UUID.randomUUID(), json(Map.of("applicationId", first.toString(), "vacancyId", vacancy.toString()))));
        awaitStatus(first, "WITHDRAWN");
        assertEquals(0, booked(vacancy, slot));
        produce(bootstrap, bookingRequested(second, vacancy, slot));
        await().atMost(PATIENCE).until(() -> booked(vacancy, slot) == 1);
        assertEquals(1L, count("SELECT count(*) AS n FROM slot_booking WHERE application_id = $1 AND booked_by = $2",
                second, "candidate (self-service)"));
    }

    private static ConsumerRecord<String, String> refusal(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> "SlotBookingRefused".equals(header(r, "ce_type"))).findFirst().orElseThrow();
    }

    @Test
    void erasureDropsTheFactsKeepsTheRecordAndIsRecordedOnce() {
        UUID vacancy = publish();
        UUID application = apply(vacancy, "B", "IN_STAGE");
        hr().contentType(ContentType.JSON).body(Map.of("score", 72))
                .post("/candidacies/" + application + "/stages/1/score").then().statusCode(200);
        UUID eventId = UUID.randomUUID();
        String erased = json(Map.of("applicationId", application.toString(), "vacancyId", vacancy.toString(),
                "erasedAt", "2026-11-30T08:00:00Z", "reason", "REQUEST"));
        UUID unknown = UUID.randomUUID();
        produce(bootstrap,
                event(CANDIDATE_TOPIC, application.toString(), "CandidateDataErased", "application", eventId, erased),
                event(CANDIDATE_TOPIC, application.toString(), "CandidateDataErased", "application", eventId, erased),
                event(CANDIDATE_TOPIC, application.toString(), "CandidateDataErased", "application", UUID.randomUUID(),
                        erased),
                event(CANDIDATE_TOPIC, unknown.toString(), "CandidateDataErased", "application", UUID.randomUUID(),
                        json(Map.of("applicationId", unknown.toString(), "reason", "RETENTION"))));

        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/candidacies/" + application).then().statusCode(200)
                .body("dataErasedAt", notNullValue()));
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) AS n FROM candidate_erasure WHERE application_id = $1",
                unknown) == 1);
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("status", equalTo("IN_STAGE"))
                .body("currentStage", equalTo(2))
                .body("scores", hasSize(1))
                .body("scores[0].score", equalTo(72))
                .body("decisions.findAll { it.kind == 'DATA_ERASED' }", hasSize(1))
                .body("decisions.kind", equalTo(List.of("SCREENING_PASSED", "STAGE_COMPLETED", "DATA_ERASED")));
        Row row = pool.preparedQuery("SELECT facts::text AS facts FROM candidacy WHERE application_id = $1")
                .execute(Tuple.of(application)).await().atMost(PATIENCE).iterator().next();
        assertNull(row.getString("facts"));
        assertEquals(1L, count("SELECT count(*) AS n FROM candidate_erasure WHERE application_id = $1 AND known"
                + " AND reason = 'REQUEST'", application));
        assertEquals(1L, count("SELECT count(*) AS n FROM candidate_erasure WHERE application_id = $1 AND NOT known",
                unknown));
    }

    @Test
    void amendmentReplacesConditionsAndStagesForTheUnscreenedButKeepsDecisionsTaken() {
        // known vacancy: a refused and an admitted candidate keep their outcome; later ones meet the new rules
        UUID vacancy = publish();
        UUID refusedBefore = apply(vacancy, "C", "NOT_ADMITTED");
        UUID admittedBefore = apply(vacancy, "B", "IN_STAGE");
        Map<String, Object> after = new HashMap<>(vacancyPublished(vacancy));
        after.put("admission", Map.of("external", List.of(Map.of("label", "diploma C",
                "conditions", List.of(Map.of("type", "DIPLOMA", "level", "C")))), "internal", List.of()));
        after.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 50),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true,
                        "passMark", 60)));
        produce(bootstrap, amended(vacancy, after));
        UUID unknownYet = UUID.randomUUID(); // the marker: a vacancy amended before it was known here
        UUID waiting = UUID.randomUUID();
        produce(bootstrap, candidateEvent(waiting, candidateApplied(waiting, unknownYet, false, "C", 0)));
        awaitStatus(waiting, "AWAITING_VACANCY");
        Map<String, Object> unknownView = new HashMap<>(vacancyPublished(unknownYet));
        unknownView.put("admission", after.get("admission"));
        produce(bootstrap, event(VACANCY_TOPIC, vacancy.toString(), "VacancyAmended", "vacancy", UUID.randomUUID(),
                json(Map.of("vacancyId", unknownYet.toString(), "amendedBy", "hr.demo", "reason", "diploma C",
                        "changed", List.of("admission"), "vacancy", unknownView))));
        awaitStatus(waiting, "IN_STAGE"); // same partition as the first amendment: that one is applied too
        hr().get("/candidacies/" + waiting).then().body("admittedThrough", equalTo("diploma C"));

        UUID appliedAfter = apply(vacancy, "C", "IN_STAGE");
        hr().get("/candidacies/" + refusedBefore).then().statusCode(200).body("status", equalTo("NOT_ADMITTED"))
                .body("decisions.kind", equalTo(List.of("SCREENING_FAILED")));
        hr().get("/candidacies/" + admittedBefore).then().body("status", equalTo("IN_STAGE"))
                .body("admittedThrough", equalTo("bachelor"));
        // the corrected pass mark of stage 1 (50) applies to the scores still to be given
        hr().contentType(ContentType.JSON).body(Map.of("score", 55))
                .post("/candidacies/" + appliedAfter + "/stages/1/score").then().statusCode(200)
                .body("status", equalTo("IN_STAGE")).body("currentStage", equalTo(2));
    }

    private static ProducerRecord<String, String> amended(UUID vacancy, Map<String, Object> view) {
        return vacancyAmended(vacancy, "diploma level and pass mark corrected", List.of("admission", "stages"), view);
    }

    @Test
    void theSameCandidateBookedTwiceAtTheSameMomentGetsOne201AndOtherwise409() throws Exception {
        UUID vacancy = publish();
        UUID application = apply(vacancy, "B", "IN_STAGE");
        UUID shared = openSlot(vacancy, 5);
        List<UUID> slots = List.of(shared, shared, shared, openSlot(vacancy, 5), openSlot(vacancy, 5),
                openSlot(vacancy, 5));
        ExecutorService threads = Executors.newFixedThreadPool(slots.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>> answers =
                    new ArrayList<>();
            for (UUID slot : slots) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return hr().contentType(ContentType.JSON).body(Map.of("slotId", slot.toString()))
                            .post("/candidacies/" + application + "/stages/1/booking").then().extract();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (Future<io.restassured.response.ExtractableResponse<io.restassured.response.Response>> answer : answers) {
                io.restassured.response.ExtractableResponse<io.restassured.response.Response> response =
                        answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    types.add(response.path("type"));
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(slots.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            types.forEach(type -> assertEquals("urn:werving:problem:already-booked", type, types.toString()));
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, slots.stream().distinct().mapToInt(slot -> booked(vacancy, slot)).sum());
    }

    @Test
    void theReportRanksUnderTheFinalStagesOwnTieRule() {
        UUID vacancy = UUID.randomUUID();
        Map<String, Object> published = new HashMap<>(vacancyPublished(vacancy));
        published.put("stages", List.of(Map.of("order", 1, "type", "INTERVIEW", "name", "Jurygesprek",
                "eliminating", true, "passMark", 60, "tieRule", "EARLIEST_APPLICATION")));
        produce(bootstrap, vacancyEvent(vacancy, published));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        Map<String, Object> laterApplied = new HashMap<>(candidateApplied(later, vacancy, false, "B", 0));
        laterApplied.put("appliedAt", "2026-11-27T10:00:00Z");
        Map<String, Object> earlierApplied = new HashMap<>(candidateApplied(earlier, vacancy, false, "B", 0));
        earlierApplied.put("appliedAt", "2026-11-24T10:00:00Z");
        produce(bootstrap, candidateEvent(later, laterApplied), candidateEvent(earlier, earlierApplied));
        awaitStatus(later, "IN_STAGE");
        awaitStatus(earlier, "IN_STAGE");

        hr().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("subject", "juror.tie", "external", true))))
                .put("/procedures/" + vacancy + "/stages/1/jury").then().statusCode(200);
        for (UUID application : List.of(later, earlier)) {
            juror("juror.tie").contentType(ContentType.JSON).body(Map.of("score", 70))
                    .post("/candidacies/" + application + "/stages/1/jury-scores").then().statusCode(200);
        }
        hr().post("/procedures/" + vacancy + "/stages/1/close").then().statusCode(200);
        hr().get("/procedures/" + vacancy + "/report").then().statusCode(200)
                .body("tieRule", equalTo("EARLIEST_APPLICATION"))
                .body("ranking.applicationId", equalTo(List.of(earlier.toString(), later.toString())))
                .body("ranking.rank", equalTo(List.of(1, 2)));
    }

    private long count(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await().atMost(PATIENCE)
                .iterator().next().getLong("n");
    }
}
