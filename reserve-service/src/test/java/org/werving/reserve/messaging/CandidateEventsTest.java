package org.werving.reserve.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.reserve.Events;
import org.werving.reserve.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * werving.candidate.events on the real broker: a withdrawn laureate leaves the reserve (and a late
 * laureate event does not put them back), an erasure is recorded on the entry's history, both
 * idempotent; and the decline events this service publishes (OfferDeclined, ReserveEntryEnded).
 */
@QuarkusTest
class CandidateEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;
    @Inject
    ObjectMapper json;

    KafkaCompanion companion;

    @BeforeEach
    void connect() {
        companion = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void disconnect() {
        companion.close();
    }

    @Test
    void aWithdrawnLaureatesEntryEndsOnceAndIsNeverAppointable() {
        UUID vacancy = UUID.randomUUID();
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, a, 90, false), Events.selectionPassed(vacancy, b, 70, false));
        JsonPath entries = awaitEntries(vacancy, 2);
        String reserve = entries.getString("[0].reserveId");
        String ea = entryOf(entries, a), eb = entryOf(entries, b);
        assertEquals(ea, next(reserve));

        ProducerRecord<String, String> withdrawn = Events.applicationWithdrawn(vacancy, a);
        ProducerRecord<String, String> again = Events.applicationWithdrawn(vacancy, a);
        // the same event twice, then the same fact under a new event id
        send(withdrawn, withdrawn, again);
        awaitProcessed(Events.id(withdrawn));
        awaitProcessed(Events.id(again));

        Tokens.asHr().get("/reserves/entries/" + ea).then().statusCode(200).body("state", equalTo("ENDED"))
                .body("applicationId", equalTo(a.toString())).body("finalScore", equalTo(90.0f));
        assertEquals(eb, next(reserve));
        appoint(reserve, ea).then().statusCode(409).body("type", equalTo("urn:werving:problem:entry-not-available"));
        decline(reserve, ea, "PERMANENT").then().statusCode(409);

        // a marker on the same partition: once it is processed, the repeats were too
        ProducerRecord<String, String> marker = Events.candidateDataErased(vacancy, a, "REQUEST");
        send(marker);
        awaitProcessed(Events.id(marker));
        JsonPath history = Tokens.asHr().get("/reserves/entries/" + ea + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "WITHDRAWN", "ERASED"), history.getList("action"));
        assertEquals("kandidatuur ingetrokken", history.getString("[1].reason"));
        assertEquals("ACTIVE", history.getString("[1].fromState"));
        assertEquals("ENDED", history.getString("[1].toState"));
        assertEquals("system", history.getString("[1].changedBy"));
        assertEquals(1L, count("SELECT count(*) FROM withdrawn_application WHERE application_id = $1", a));
        assertEquals(0L, count("SELECT count(*) FROM appointment WHERE application_id = $1", a));
    }

    @Test
    void aWithdrawalBeforeTheLaureateEventsMeansNoEntry() {
        UUID vacancy = UUID.randomUUID();
        UUID gone = UUID.randomUUID(), stays = UUID.randomUUID();
        ProducerRecord<String, String> withdrawn = Events.applicationWithdrawn(vacancy, gone);
        send(withdrawn);
        awaitProcessed(Events.id(withdrawn));

        send(Events.selectionPassed(vacancy, gone, 95, false));
        ProducerRecord<String, String> completed = Events.cloudEvent(Events.SELECTION_TOPIC, vacancy.toString(),
                "SelectionCompleted", "{\"vacancyId\":\"" + vacancy + "\",\"tieRule\":\"INCLUDE_ALL_TIED\","
                        + "\"completedAt\":\"" + java.time.OffsetDateTime.now().minusDays(1) + "\",\"laureates\":["
                        + "{\"applicationId\":\"" + gone + "\",\"rank\":1,\"finalScore\":95,\"internal\":false,\"reserveType\":\"RECRUITMENT\"},"
                        + "{\"applicationId\":\"" + stays + "\",\"rank\":2,\"finalScore\":80,\"internal\":false,\"reserveType\":\"RECRUITMENT\"}]}");
        send(completed);
        awaitProcessed(Events.id(completed));
        ProducerRecord<String, String> markerSameKey = Events.selectionPassed(vacancy, gone, 95, false);
        send(markerSameKey);
        awaitProcessed(Events.id(markerSameKey));

        JsonPath reserve = awaitEntries(vacancy, 1);
        assertEquals(List.of(stays.toString()), reserve.getList("applicationId"));
        assertEquals(List.of(1), reserve.getList("rank"));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveEntryCreated' AND payload LIKE $1",
                "%" + gone + "%"));
    }

    @Test
    void anErasureKeepsIdsAndScoresDropsTheDeclineTextAndIsRecordedOnce() {
        UUID vacancy = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, a, 77.5, true));
        JsonPath entries = awaitEntries(vacancy, 1);
        String reserve = entries.getString("[0].reserveId");
        String ea = entries.getString("[0].entryId");
        decline(reserve, ea, "TEMPORARY", "verhuist naar Gent wegens echtscheiding").then().statusCode(200)
                .body("state", equalTo("ACTIVE"));

        ProducerRecord<String, String> erased = Events.candidateDataErased(vacancy, a, "RETENTION");
        send(erased, erased, Events.candidateDataErased(vacancy, a, "RETENTION"));
        // a marker on the same partition (CandidateApplied is no longer recorded here: reserve-service does not handle it)
        ProducerRecord<String, String> marker = Events.cloudEvent(Events.CANDIDATE_TOPIC, a.toString(), "CandidateDataErased",
                "{\"applicationId\":\"" + UUID.randomUUID() + "\",\"vacancyId\":\"" + vacancy + "\"}");
        send(marker);
        awaitProcessed(Events.id(marker));

        Tokens.asHr().get("/reserves/entries/" + ea).then().statusCode(200)
                .body("applicationId", equalTo(a.toString())).body("finalScore", equalTo(77.5f))
                .body("state", equalTo("ACTIVE")).body("declines", equalTo(1)).body("rank", equalTo(1));
        JsonPath history = Tokens.asHr().get("/reserves/entries/" + ea + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "DECLINED_TEMPORARY", "ERASED"), history.getList("action"));
        assertEquals("tijdelijke aanstelling geweigerd (weigering 1)", history.getString("[1].reason"));
        assertEquals("persoonsgegevens gewist (RETENTION)", history.getString("[2].reason"));
        assertEquals("ACTIVE", history.getString("[2].toState"));
        assertFalse(history.prettify().contains("Gent"));
    }

    @Test
    void aCandidateEventWithoutApplicationIdIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, String> bad = Events.cloudEvent(Events.CANDIDATE_TOPIC, key, "ApplicationWithdrawn",
                "{\"vacancyId\":\"" + UUID.randomUUID() + "\"}");
        send(bad);
        ConsumerTask<String, String> dlq = companion.consumeStrings().fromTopics(Events.DLQ_TOPIC);
        await().atMost(WAIT).until(() -> withKey(dlq, key).size() >= 1);
        dlq.stop();
        assertEquals(Events.CANDIDATE_TOPIC, Events.header(withKey(dlq, key).get(0), "dead-letter-topic"));
        assertEquals(0L, count("SELECT count(*) FROM processed_event WHERE event_id = $1", Events.id(bad)));
    }

    @Test
    void declinesArePublishedAndTheDeclineThatEndsTheEntrySaysSo() throws Exception {
        UUID vacancy = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, a, 81, false));
        JsonPath entries = awaitEntries(vacancy, 1);
        String reserve = entries.getString("[0].reserveId");
        String ea = entries.getString("[0].entryId");
        decline(reserve, ea, "TEMPORARY", "te ver").then().statusCode(200).body("state", equalTo("ACTIVE"));
        decline(reserve, ea, "PERMANENT", null).then().statusCode(200).body("state", equalTo("ENDED"));

        ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Events.RESERVE_TOPIC);
        await().atMost(WAIT).until(() -> withKey(task, ea).stream().filter(r -> !"ReserveEntryCreated".equals(
                Events.header(r, "ce_type"))).count() >= 3);
        task.stop();
        List<ConsumerRecord<String, String>> mine = withKey(task, ea).stream()
                .filter(r -> !"ReserveEntryCreated".equals(Events.header(r, "ce_type"))).toList();
        assertEquals(List.of("OfferDeclined", "OfferDeclined", "ReserveEntryEnded"),
                mine.stream().map(r -> Events.header(r, "ce_type")).toList());
        assertEquals("reserve-entry", Events.header(mine.get(0), "ce_aggregatetype"));

        JsonNode first = json.readTree(mine.get(0).value());
        assertEquals(ea, first.get("entryId").asText());
        assertEquals(reserve, first.get("reserveId").asText());
        assertEquals(vacancy.toString(), first.get("vacancyId").asText());
        assertEquals(a.toString(), first.get("applicationId").asText());
        assertEquals("TEMPORARY", first.get("kind").asText());
        assertEquals(1, first.get("declines").asInt());
        assertEquals("ACTIVE", first.get("entryState").asText());
        assertFalse(mine.get(0).value().contains("te ver"), "HR's free text stays in the service");
        JsonNode second = json.readTree(mine.get(1).value());
        assertEquals("PERMANENT", second.get("kind").asText());
        assertEquals(2, second.get("declines").asInt());
        assertEquals("ENDED", second.get("entryState").asText());
        JsonNode ended = json.readTree(mine.get(2).value());
        assertEquals(ea, ended.get("entryId").asText());
        assertEquals(reserve, ended.get("reserveId").asText());
        assertEquals(vacancy.toString(), ended.get("vacancyId").asText());
        assertEquals(a.toString(), ended.get("applicationId").asText());
        assertTrue(ended.get("reason").asText().contains("2 weigeringen"), ended.get("reason").asText());
    }

    // ---------------------------------------------------------------- helpers

    private static Response appoint(String reserve, String entry) {
        return Tokens.asHr().contentType(ContentType.JSON).body(Map.of("entryId", entry, "kind", "PERMANENT",
                "team", "Team Groen", "startDate", LocalDate.now(BRUSSELS).toString())).post("/reserves/" + reserve + "/appointments");
    }

    private static Response decline(String reserve, String entry, String kind) {
        return decline(reserve, entry, kind, null);
    }

    private static Response decline(String reserve, String entry, String kind, String reason) {
        Map<String, String> body = new HashMap<>(Map.of("entryId", entry, "kind", kind));
        if (reason != null) {
            body.put("reason", reason);
        }
        return Tokens.asHr().contentType(ContentType.JSON).body(body).post("/reserves/" + reserve + "/declines");
    }

    private static String next(String reserve) {
        return Tokens.asHr().get("/reserves/" + reserve + "/next").then().statusCode(200).extract().path("entryId");
    }

    private static String entryOf(JsonPath entries, UUID application) {
        return entries.getString("find { it.applicationId == '" + application + "' }.entryId");
    }

    @SafeVarargs
    private void send(ProducerRecord<String, String>... records) {
        companion.produceStrings().fromRecords(List.of(records)).awaitCompletion(Duration.ofSeconds(30));
    }

    private static JsonPath awaitEntries(UUID vacancy, int expected) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(WAIT).until(() -> {
            last[0] = Tokens.asHr().queryParam("vacancyId", vacancy.toString()).get("/reserves")
                    .then().statusCode(200).extract().jsonPath();
            return last[0].getList("$").size() >= expected;
        });
        assertEquals(expected, last[0].getList("$").size());
        return last[0];
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = $1", eventId) == 1);
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private static List<ConsumerRecord<String, String>> withKey(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }
}
