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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.selection.SelectionFixtures.CANDIDATE_TOPIC;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.SELECTION_TOPIC;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.event;
import static org.werving.selection.SelectionFixtures.header;
import static org.werving.selection.SelectionFixtures.hr;
import static org.werving.selection.SelectionFixtures.json;
import static org.werving.selection.SelectionFixtures.keyed;
import static org.werving.selection.SelectionFixtures.payload;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/**
 * Moving and cancelling a self-service booking over the real broker (issue 14): SlotBookingRequested for
 * another slot while holding one moves the booking (new seat taken, old seat freed, InterviewScheduled with
 * the previous moment) or is refused and keeps it; SlotBookingCancellationRequested frees the seat
 * (SlotBookingCancelled) or is refused (SlotBookingCancellationRefused) with the rule at fault.
 */
@QuarkusTest
class BookingMoveAndCancelEventsTest {
    static final OffsetDateTime AHEAD = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

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

    private UUID inStage(UUID vacancy) {
        UUID application = UUID.randomUUID();
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 0)));
        awaitStatus(application, "IN_STAGE");
        return application;
    }

    private static UUID openSlot(UUID vacancy, OffsetDateTime startsAt, int capacity) {
        String location = hr().contentType(ContentType.JSON).body(Map.of("startsAt", startsAt.toString(),
                        "durationMinutes", 15, "place", "Stadhuis, zaal 2", "capacity", capacity))
                .post("/procedures/" + vacancy + "/stages/1/slots").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static ProducerRecord<String, String> book(UUID application, UUID vacancy, UUID slot) {
        return event(CANDIDATE_TOPIC, application.toString(), "SlotBookingRequested", "application", UUID.randomUUID(),
                json(Map.of("applicationId", application.toString(), "vacancyId", vacancy.toString(), "stageOrder", 1,
                        "slotId", slot.toString())));
    }

    private static ProducerRecord<String, String> cancel(UUID application, UUID vacancy) {
        return event(CANDIDATE_TOPIC, application.toString(), "SlotBookingCancellationRequested", "application",
                UUID.randomUUID(), json(Map.of("applicationId", application.toString(), "vacancyId", vacancy.toString(),
                        "stageOrder", 1, "requestedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())));
    }

    private static int booked(UUID vacancy, UUID slot) {
        return hr().get("/procedures/" + vacancy + "/stages/1/slots/" + slot).then().statusCode(200)
                .extract().path("booked");
    }

    private UUID heldSlot(UUID application) {
        var rows = pool.preparedQuery("SELECT slot_id FROM slot_booking WHERE application_id = $1 AND stage_order = 1")
                .execute(Tuple.of(application)).await().atMost(PATIENCE);
        return rows.size() == 0 ? null : rows.iterator().next().getUUID("slot_id");
    }

    @Test
    void aMoveTakesTheNewSeatAndFreesTheOldOneOrIsRefusedAndKeepsIt() {
        UUID vacancy = publish();
        UUID candidate = inStage(vacancy);
        UUID other = inStage(vacancy);
        UUID first = openSlot(vacancy, AHEAD, 1);
        UUID second = openSlot(vacancy, AHEAD.plusHours(2), 1);
        UUID full = openSlot(vacancy, AHEAD.plusHours(4), 1);
        UUID past = openSlot(vacancy, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), 1);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            assertEquals("InterviewScheduled", answer(task, book(other, vacancy, full), other, 1).get("type").asText());
            JsonNode booked = answer(task, book(candidate, vacancy, first), candidate, 1);
            assertEquals("InterviewScheduled", booked.get("type").asText());
            assertTrue(booked.get("previousSlotId").isNull(), "a first booking moves nothing");

            JsonNode refused = answer(task, book(candidate, vacancy, full), candidate, 2);
            assertEquals(List.of("SlotBookingRefused", "slot-full"), List.of(refused.get("type").asText(),
                    refused.get("reason").asText()));
            assertEquals("slot-past", answer(task, book(candidate, vacancy, past), candidate, 3).get("reason").asText());
            assertEquals(first, heldSlot(candidate));
            assertEquals(List.of(1, 0, 1), List.of(booked(vacancy, first), booked(vacancy, second), booked(vacancy, full)));

            JsonNode moved = answer(task, book(candidate, vacancy, second), candidate, 4);
            assertEquals("InterviewScheduled", moved.get("type").asText());
            assertEquals(second.toString(), moved.get("slotId").asText());
            assertEquals(first.toString(), moved.get("previousSlotId").asText());
            assertEquals(AHEAD.toInstant(), OffsetDateTime.parse(moved.get("previousStartsAt").asText()).toInstant());
            assertEquals(second, heldSlot(candidate));
            assertEquals(List.of(0, 1), List.of(booked(vacancy, first), booked(vacancy, second)));

            assertEquals("already-booked", answer(task, book(candidate, vacancy, second), candidate, 5)
                    .get("reason").asText());
            task.stop();
        }
        assertEquals(1L, count("SELECT count(*) AS n FROM procedure_audit WHERE application_id = $1 AND action = $2 "
                + "AND detail LIKE '%verplaatst naar tijdslot%'", candidate, "SEAT_FREED"));
    }

    @Test
    void aCancellationFreesTheSeatOnceAndIsRefusedWhenNothingMayBeCancelled() {
        UUID vacancy = publish();
        UUID candidate = inStage(vacancy);
        UUID late = inStage(vacancy);
        UUID slot = openSlot(vacancy, AHEAD, 2);
        UUID begun = openSlot(vacancy, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), 1);
        hr().contentType(ContentType.JSON).body(Map.of("slotId", begun.toString()))
                .post("/candidacies/" + late + "/stages/1/booking").then().statusCode(201);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            answer(task, book(candidate, vacancy, slot), candidate, 1);
            assertEquals(1, booked(vacancy, slot));

            JsonNode cancelled = answer(task, cancel(candidate, vacancy), candidate, 2);
            assertEquals("SlotBookingCancelled", cancelled.get("type").asText());
            assertEquals(slot.toString(), cancelled.get("slotId").asText());
            assertEquals(1, cancelled.get("stageOrder").asInt());
            assertEquals(AHEAD.toInstant(), OffsetDateTime.parse(cancelled.get("startsAt").asText()).toInstant());
            assertEquals(0, booked(vacancy, slot));
            assertEquals(null, heldSlot(candidate));

            JsonNode nothing = answer(task, cancel(candidate, vacancy), candidate, 3);
            assertEquals(List.of("SlotBookingCancellationRefused", "nothing-to-cancel"),
                    List.of(nothing.get("type").asText(), nothing.get("reason").asText()));

            // a moment that has begun can be neither cancelled nor left for another one
            assertEquals("moment-started", answer(task, cancel(late, vacancy), late, 2).get("reason").asText());
            assertEquals("moment-started", answer(task, book(late, vacancy, slot), late, 3).get("reason").asText());
            assertEquals(List.of(1, 0), List.of(booked(vacancy, begun), booked(vacancy, slot)));
            task.stop();
        }
    }

    @Test
    void onceTheStageIsClosedItsBookingsStay() {
        UUID vacancy = publish();
        UUID candidate = inStage(vacancy);
        UUID slot = openSlot(vacancy, AHEAD, 1);
        UUID other = openSlot(vacancy, AHEAD.plusHours(1), 1);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            answer(task, book(candidate, vacancy, slot), candidate, 1);
            pool.preparedQuery("INSERT INTO stage_closure (vacancy_id, stage_order, closed_by, closed_at, tie_rule) "
                    + "VALUES ($1, 1, 'hr.test', now(), 'NONE')").execute(Tuple.of(vacancy)).await().atMost(PATIENCE);

            JsonNode cancel = answer(task, cancel(candidate, vacancy), candidate, 2);
            assertEquals(List.of("SlotBookingCancellationRefused", "stage-closed"),
                    List.of(cancel.get("type").asText(), cancel.get("reason").asText()));
            JsonNode move = answer(task, book(candidate, vacancy, other), candidate, 3);
            assertEquals(List.of("SlotBookingRefused", "stage-closed"),
                    List.of(move.get("type").asText(), move.get("reason").asText()));
            task.stop();
        }
        assertEquals(slot, heldSlot(candidate));
        assertEquals(List.of(1, 0), List.of(booked(vacancy, slot), booked(vacancy, other)));
    }

    private long count(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await().atMost(PATIENCE)
                .iterator().next().getLong("n");
    }

    static final List<String> ANSWERS = List.of("InterviewScheduled", "SlotBookingRefused", "SlotBookingCancelled",
            "SlotBookingCancellationRefused");

    /** The answers to one candidate's requests, in order, as published on the selection topic. */
    private static List<ConsumerRecord<String, String>> answers(ConsumerTask<String, String> task, UUID application) {
        return keyed(task, application).stream().filter(r -> ANSWERS.contains(header(r, "ce_type"))).toList();
    }

    /** Produces the request and returns the candidate's {@code n}-th answer (1-based) with its type. */
    private JsonNode answer(ConsumerTask<String, String> task, ProducerRecord<String, String> request, UUID application,
            int n) {
        produce(bootstrap, request);
        await().atMost(PATIENCE).until(() -> answers(task, application).size() >= n);
        ConsumerRecord<String, String> record = answers(task, application).get(n - 1);
        return ((com.fasterxml.jackson.databind.node.ObjectNode) payload(record)).put("type", header(record, "ce_type"));
    }
}
