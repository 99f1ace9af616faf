package org.werving.candidate.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.Broker.RESERVE_TOPIC;
import static org.werving.candidate.Broker.SELECTION_TOPIC;
import static org.werving.candidate.Broker.VACANCY_TOPIC;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/** Events from the other services, produced onto the real broker, build the vacancy read model and the timeline. */
@QuarkusTest
class CandidateEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Broker broker;

    @BeforeEach
    void connect() {
        broker = new Broker(bootstrap);
    }

    @AfterEach
    void disconnect() {
        broker.close();
    }

    private String apply(UUID vacancyId) {
        return given().contentType(ContentType.JSON).body(application(vacancyId, uniqueEmail("kandidaat")))
                .post("/applications").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> about(String applicationId, UUID vacancyId, Object... fields) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("applicationId", applicationId);
        payload.put("vacancyId", vacancyId.toString());
        for (int i = 0; i < fields.length; i += 2) {
            payload.put((String) fields[i], fields[i + 1]);
        }
        return payload;
    }

    @Test
    void selectionAndReserveEventsBuildTheTimelineOnceEach() {
        UUID vacancyId = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(30));
        String id = apply(vacancyId);
        OffsetDateTime t = Broker.now();

        // ScreeningPassed is delivered twice (same ce_id): one entry
        UUID screening = UUID.randomUUID();
        String screeningPassed = "{\"applicationId\":\"" + id + "\",\"vacancyId\":\"" + vacancyId
                + "\",\"capacityTestRequired\":true,\"alternative\":\"ervaring en capaciteitstest\",\"motivation\":\"30 maanden ervaring\"}";
        broker.send(SELECTION_TOPIC, id, screening, "ScreeningPassed", t.plusMinutes(1), screeningPassed);
        broker.send(SELECTION_TOPIC, id, screening, "ScreeningPassed", t.plusMinutes(1), screeningPassed);
        broker.send(SELECTION_TOPIC, id, "CapacityTestRecorded", t.plusMinutes(2), about(id, vacancyId, "passed", true, "score", 71));
        broker.send(SELECTION_TOPIC, id, "InterviewScored", t.plusMinutes(3), about(id, vacancyId, "stageOrder", 1,
                "stageType", "SPEED_INTERVIEW", "stageName", "Speedinterview", "score", 72, "passMark", 60, "passed", true,
                "finalStage", false));
        broker.send(SELECTION_TOPIC, id, "InterviewScored", t.plusMinutes(4), about(id, vacancyId, "stageOrder", 2,
                "stageType", "COMBINED_TEST", "stageName", "Gecombineerde proef", "score", 65.5, "passMark", 60, "passed", true,
                "finalStage", true));
        broker.send(SELECTION_TOPIC, id, "SelectionPassed", t.plusMinutes(5), about(id, vacancyId, "finalScore", 65.5,
                "internal", false, "reserveType", "RECRUITMENT"));
        UUID entryId = UUID.randomUUID();
        broker.send(RESERVE_TOPIC, entryId, "ReserveEntryCreated", t.plusMinutes(6), about(id, vacancyId,
                "entryId", entryId.toString(), "reserveType", "RECRUITMENT", "finalScore", 65.5, "validUntil", "2028-11-22"));

        await().atMost(Broker.PATIENCE).untilAsserted(() -> asHr().get("/applications/" + id).then().statusCode(200)
                .body("timeline.type", hasItem("SelectionPassed"))
                .body("timeline.type", hasItem("ReserveEntryCreated")));
        // the duplicate came before SelectionPassed on the same partition: it has been handled by now
        asHr().get("/applications/" + id).then().statusCode(200)
                .body("status", equalTo("IN_RESERVE"))
                .body("timeline", hasSize(7))
                .body("timeline.type", equalTo(List.of("CandidateApplied", "ScreeningPassed", "CapacityTestRecorded",
                        "InterviewScored", "InterviewScored", "SelectionPassed", "ReserveEntryCreated")))
                .body("timeline.text", equalTo(List.of(
                        "Kandidatuur ontvangen",
                        "Toegelaten tot de selectieprocedure; je legt eerst de niveau- en capaciteitstest af",
                        "Niveau- en capaciteitstest: geslaagd",
                        "Speedinterview: 72/100 — geslaagd",
                        "Gecombineerde proef: 65,5/100 — geslaagd",
                        "Geslaagd voor de selectieprocedure met 65,5/100",
                        "Opgenomen in de wervingsreserve, geldig tot 22-11-2028")));
    }

    @Test
    void screeningFailureAndEliminationEndTheProcedure() {
        UUID vacancyId = broker.publishVacancy("Trajectbegeleider", Broker.now().plusDays(30));
        String refused = apply(vacancyId);
        String eliminated = apply(vacancyId);
        OffsetDateTime t = Broker.now();
        broker.send(SELECTION_TOPIC, refused, "ScreeningFailed", t.plusMinutes(1), about(refused, vacancyId,
                "motivation", "geen diploma van niveau B en 6 maanden ervaring (minimum 12)",
                "reasons", List.of("bachelor: geen diploma", "ervaring en capaciteitstest: 6 < 12 maanden")));
        broker.send(SELECTION_TOPIC, eliminated, "ScreeningPassed", t.plusMinutes(1), about(eliminated, vacancyId,
                "capacityTestRequired", false, "alternative", "bachelor"));
        broker.send(SELECTION_TOPIC, eliminated, "InterviewScored", t.plusMinutes(2), about(eliminated, vacancyId,
                "stageOrder", 1, "stageName", "Speedinterview", "score", 48, "passMark", 60, "passed", false));
        broker.send(SELECTION_TOPIC, eliminated, "CandidateEliminated", t.plusMinutes(3), about(eliminated, vacancyId,
                "stage", "Speedinterview", "motivation", "48/100, minimum 60"));

        await().atMost(Broker.PATIENCE).untilAsserted(() -> asHr().get("/applications/" + refused).then()
                .body("status", equalTo("NOT_ADMITTED"))
                .body("timeline[1].text", equalTo("Niet toegelaten: geen diploma van niveau B en 6 maanden ervaring (minimum 12)")));
        await().atMost(Broker.PATIENCE).untilAsserted(() -> asHr().get("/applications/" + eliminated).then()
                .body("status", equalTo("ELIMINATED"))
                .body("timeline.text", equalTo(List.of("Kandidatuur ontvangen", "Toegelaten tot de selectieprocedure",
                        "Speedinterview: 48/100 — niet geslaagd",
                        "Niet geslaagd voor Speedinterview; de procedure stopt hier voor jou: 48/100, minimum 60"))));
    }

    @Test
    void eventsForUnknownApplicationsAndUnknownTypesAreRecordedAndIgnored() {
        String nobody = UUID.randomUUID().toString();
        UUID forNobody = broker.send(SELECTION_TOPIC, nobody, "ScreeningPassed", Broker.now(),
                about(nobody, UUID.randomUUID(), "capacityTestRequired", false));
        UUID unknownType = broker.send(RESERVE_TOPIC, UUID.randomUUID(), "ReserveEntryExtended", Broker.now(),
                Map.of("entryId", UUID.randomUUID().toString()));
        Broker.awaitProcessed(forNobody);
        Broker.awaitProcessed(unknownType);
        asHr().get("/applications/" + nobody).then().statusCode(404);
    }

    @Test
    void aLateVacancyPublishedDoesNotReopenAClosedVacancy() {
        UUID vacancyId = broker.publishVacancy("Teamcoach", Broker.now().plusDays(30));
        broker.closeVacancy(vacancyId);
        // a VacancyPublished arriving after the close (e.g. resent by the producer after a crash)
        Map<String, Object> again = Broker.vacancyPublished(vacancyId, "Teamcoach", Broker.now().plusDays(30));
        UUID late = broker.send(VACANCY_TOPIC, vacancyId, "VacancyPublished", Broker.now(), again);
        Broker.awaitProcessed(late);

        given().contentType(ContentType.JSON).body(application(vacancyId, uniqueEmail("laat")))
                .post("/applications").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:vacancy-closed"));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
        UUID vacancyId = broker.publishVacancy("Projectmedewerker", Broker.now().plusDays(30));
        String id = apply(vacancyId);

        // same key, so same partition: the valid event comes after the poison: no headers, no JSON, no usable applicationId
        broker.sendRaw(SELECTION_TOPIC, id, new RecordHeaders(), "{\"applicationId\":\"" + id + "\"}");
        broker.send(SELECTION_TOPIC, id, UUID.randomUUID(), "ScreeningPassed", Broker.now(), "{not json");
        broker.send(SELECTION_TOPIC, id, UUID.randomUUID(), "ScreeningPassed", Broker.now(), "{\"applicationId\":\"nobody\"}");
        broker.send(SELECTION_TOPIC, id, "ScreeningPassed", Broker.now().plusMinutes(1),
                about(id, vacancyId, "capacityTestRequired", false));

        ConsumerTask<String, String> dlq = broker.companion().consumeStrings().fromTopics(Broker.DLQ_TOPIC);
        await().atMost(Broker.PATIENCE).until(() -> dlq.getRecords().stream().filter(r -> id.equals(r.key())).count() >= 3);
        dlq.stop();
        List<ConsumerRecord<String, String>> dead = dlq.getRecords().stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(3, dead.size());
        assertTrue(dead.stream().anyMatch(r -> "{not json".equals(r.value())));
        assertTrue(dead.stream().allMatch(r -> SELECTION_TOPIC.equals(header(r, "dead-letter-topic"))),
                "the dead letters name their origin");

        await().atMost(Broker.PATIENCE).untilAsserted(() -> asHr().get("/applications/" + id).then()
                .body("status", equalTo("ADMITTED"))
                .body("timeline", hasSize(2)));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
