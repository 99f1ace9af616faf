package org.werving.reserve.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.werving.reserve.Tokens;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reserve fed by events on the real broker: laureates ranked per reserve type, validity from the
 * vacancy, idempotent consumption, ReserveEntryCreated out, poison to the dead-letter topic.
 */
@QuarkusTest
class ReserveEventsTest {
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
    void laureatesAreRankedPerReserveTypeAndValidForTheVacancysMonths() {
        UUID vacancy = UUID.randomUUID();
        ProducerRecord<String, String> published = Events.vacancyPublished(vacancy, 36);
        send(published);
        awaitProcessed(Events.id(published));

        UUID externalA = UUID.randomUUID();
        UUID externalB = UUID.randomUUID();
        UUID externalC = UUID.randomUUID();
        UUID internalD = UUID.randomUUID();
        UUID internalE = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, externalA, 72.5, false));
        awaitEntries(vacancy, 1); // A before C: equal scores keep the order of creation
        send(Events.selectionPassed(vacancy, externalB, 88, false),
                Events.selectionPassed(vacancy, externalC, 72.5, false),
                Events.selectionPassed(vacancy, internalD, 65, true),
                Events.selectionPassed(vacancy, internalE, 91, true));
        JsonPath reserve = awaitEntries(vacancy, 5);

        assertEquals(List.of(externalB, externalA, externalC, internalE, internalD).stream().map(UUID::toString).toList(),
                reserve.getList("applicationId"));
        assertEquals(List.of("RECRUITMENT", "RECRUITMENT", "RECRUITMENT", "PROMOTION", "PROMOTION"),
                reserve.getList("reserveType"));
        assertEquals(List.of(1, 2, 3, 1, 2), reserve.getList("rank"));
        assertEquals(List.of(88.0f, 72.5f, 72.5f, 91.0f, 65.0f), reserve.getList("finalScore"));
        assertEquals(Set.of("ACTIVE"), Set.copyOf(reserve.getList("state")));
        assertEquals(Set.of(vacancy.toString()), Set.copyOf(reserve.getList("vacancyId")));
        Set<String> validUntil = Set.copyOf(reserve.getList("validUntil"));
        assertEquals(1, validUntil.size());
        assertTrue(expectedValidUntil(36).contains(validUntil.iterator().next()), "36 months from today: " + validUntil);

        String entryC = reserve.getString("find { it.applicationId == '" + externalC + "' }.entryId");
        Tokens.asHr().get("/reserves/entries/" + entryC).then().statusCode(200)
                .body("entryId", equalTo(entryC))
                .body("applicationId", equalTo(externalC.toString()))
                .body("reserveType", equalTo("RECRUITMENT"))
                .body("rank", equalTo(3))
                .body("state", equalTo("ACTIVE"));
    }

    @Test
    void aLaureateOfAnUnknownVacancyIsValidForTwoYears() {
        UUID vacancy = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, UUID.randomUUID(), 70, false));
        String validUntil = awaitEntries(vacancy, 1).getString("[0].validUntil");
        assertTrue(expectedValidUntil(24).contains(validUntil), "24 months from today: " + validUntil);
    }

    @Test
    void aVacancyWithoutReserveValidityGetsTwoYears() {
        UUID vacancy = UUID.randomUUID();
        ProducerRecord<String, String> published = Events.vacancyPublished(vacancy, null);
        send(published);
        awaitProcessed(Events.id(published));
        send(Events.selectionPassed(vacancy, UUID.randomUUID(), 61, true));
        String validUntil = awaitEntries(vacancy, 1).getString("[0].validUntil");
        assertTrue(expectedValidUntil(24).contains(validUntil), "24 months from today: " + validUntil);
    }

    @Test
    void aRedeliveredEventCreatesNothingNew() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        String key = application.toString();
        ProducerRecord<String, String> passed = Events.selectionPassed(vacancy, application, 77, false);
        // the same event twice, then the same fact under a new event id, then a marker on the same partition
        send(passed, passed,
                Events.cloudEvent(Events.SELECTION_TOPIC, key, "SelectionPassed",
                        Events.selectionPassedJson(vacancy, application, 77, false)),
                Events.cloudEvent(Events.SELECTION_TOPIC, key, "SelectionPassed",
                        Events.selectionPassedJson(vacancy, marker, 66, false)));

        JsonPath reserve = awaitEntries(vacancy, 2);
        assertEquals(List.of(application.toString(), marker.toString()), reserve.getList("applicationId"));
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveEntryCreated' AND payload LIKE $1",
                "%" + application + "%"));
    }

    @Test
    void reserveEntryCreatedIsPublishedKeyedByEntryId() throws Exception {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, application, 83.25, true));
        JsonPath entry = awaitEntries(vacancy, 1);
        String entryId = entry.getString("[0].entryId");

        ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Events.RESERVE_TOPIC);
        await().atMost(WAIT).until(() -> withKey(task, entryId).size() >= 1);
        List<ConsumerRecord<String, String>> mine = withKey(task, entryId);
        task.stop();
        assertEquals(1, mine.size());
        ConsumerRecord<String, String> record = mine.get(0);
        assertEquals("ReserveEntryCreated", Events.header(record, "ce_type"));
        assertEquals("1.0", Events.header(record, "ce_specversion"));
        assertEquals("/werving/reserve-service", Events.header(record, "ce_source"));
        assertEquals(entryId, Events.header(record, "ce_subject"));
        assertEquals("reserve-entry", Events.header(record, "ce_aggregatetype"));
        assertEquals("application/json", Events.header(record, "content-type"));
        assertNotNull(UUID.fromString(Events.header(record, "ce_id")));
        assertNotNull(Events.header(record, "ce_time"));

        JsonNode payload = json.readTree(record.value());
        assertEquals(entryId, payload.get("entryId").asText());
        assertEquals(vacancy.toString(), payload.get("vacancyId").asText());
        assertEquals(application.toString(), payload.get("applicationId").asText());
        assertEquals("PROMOTION", payload.get("reserveType").asText());
        assertEquals(83.25, payload.get("finalScore").asDouble());
        assertEquals(entry.getString("[0].validUntil"), payload.get("validUntil").asText());
    }

    @Test
    void otherSelectionEventsAreRecordedAndIgnored() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        ProducerRecord<String, String> scored = Events.cloudEvent(Events.SELECTION_TOPIC, application.toString(),
                "InterviewScored", "{\"applicationId\":\"" + application + "\",\"vacancyId\":\"" + vacancy
                        + "\",\"stageOrder\":1,\"score\":72,\"passMark\":60,\"passed\":true,\"finalStage\":false}");
        send(scored);
        awaitProcessed(Events.id(scored));
        Tokens.asHr().queryParam("vacancyId", vacancy.toString()).get("/reserves").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextEventIsStillProcessed() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        String key = application.toString();
        ProducerRecord<String, String> noEnvelope = new ProducerRecord<>(Events.SELECTION_TOPIC, key,
                Events.selectionPassedJson(vacancy, application, 90, false));
        ProducerRecord<String, String> notJson = Events.cloudEvent(Events.SELECTION_TOPIC, key, "SelectionPassed",
                "{\"applicationId\": oops");
        ProducerRecord<String, String> noScore = Events.cloudEvent(Events.SELECTION_TOPIC, key, "SelectionPassed",
                "{\"applicationId\":\"" + application + "\",\"vacancyId\":\"" + vacancy + "\",\"reserveType\":\"RECRUITMENT\"}");
        ProducerRecord<String, String> vacancyNoEnvelope = new ProducerRecord<>(Events.VACANCY_TOPIC, key, "{}");
        ProducerRecord<String, String> valid = Events.selectionPassed(vacancy, application, 90, false);
        send(noEnvelope, notJson, noScore, vacancyNoEnvelope, valid);

        JsonPath reserve = awaitEntries(vacancy, 1);
        assertEquals(90.0f, reserve.getFloat("[0].finalScore"));

        ConsumerTask<String, String> dlq = companion.consumeStrings().fromTopics(Events.DLQ_TOPIC);
        await().atMost(WAIT).until(() -> withKey(dlq, key).size() >= 4);
        List<ConsumerRecord<String, String>> dead = withKey(dlq, key);
        dlq.stop();
        assertEquals(4, dead.size());
        Map<String, Long> bySource = dead.stream().collect(Collectors.groupingBy(
                r -> r.headers().lastHeader("dead-letter-topic") == null ? "?" : Events.header(r, "dead-letter-topic"),
                Collectors.counting()));
        assertEquals(Map.of(Events.SELECTION_TOPIC, 3L, Events.VACANCY_TOPIC, 1L), bySource);
        assertTrue(dead.stream().map(ConsumerRecord::value).anyMatch("{\"applicationId\": oops"::equals));
    }

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredAndTheNextIsStillProcessed() {
        UUID vacancy = UUID.randomUUID();
        String key = vacancy.toString();
        // the database refuses a title longer than 200 characters: every attempt's transaction fails
        ProducerRecord<String, String> tooLong = Events.cloudEvent(Events.VACANCY_TOPIC, key, "VacancyPublished",
                "{\"id\":\"" + vacancy + "\",\"title\":\"" + "x".repeat(250) + "\",\"reserveValidityMonths\":36}");
        ProducerRecord<String, String> fine = Events.vacancyPublished(vacancy, 48);
        send(tooLong, fine);
        awaitProcessed(Events.id(fine));

        ConsumerTask<String, String> dlq = companion.consumeStrings().fromTopics(Events.DLQ_TOPIC);
        await().atMost(WAIT).until(() -> withKey(dlq, key).size() >= 1);
        List<ConsumerRecord<String, String>> dead = withKey(dlq, key);
        dlq.stop();
        assertEquals(1, dead.size());
        assertEquals(Events.id(tooLong).toString(), Events.header(dead.get(0), "ce_id"));
        // the reason is the database's refusal: every retry reached the database
        assertTrue(Events.header(dead.get(0), "dead-letter-reason").contains("value too long"),
                Events.header(dead.get(0), "dead-letter-reason"));
        assertEquals(0L, count("SELECT count(*) FROM processed_event WHERE event_id = $1", Events.id(tooLong)));

        send(Events.selectionPassed(vacancy, UUID.randomUUID(), 75, false));
        String validUntil = awaitEntries(vacancy, 1).getString("[0].validUntil");
        assertTrue(expectedValidUntil(48).contains(validUntil), "48 months from today: " + validUntil);
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

    private static Set<String> expectedValidUntil(int months) {
        // the date of creation is today in Brussels (or yesterday, should the test straddle midnight)
        LocalDate today = LocalDate.now(BRUSSELS);
        return Set.of(today.plusMonths(months).toString(), today.minusDays(1).plusMonths(months).toString());
    }

    private static List<ConsumerRecord<String, String>> withKey(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }
}
