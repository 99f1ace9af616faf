package org.werving.vacancy.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;
import org.werving.vacancy.messaging.in.ReserveEventsConsumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.vacancy.Tokens.asHr;

/** A permanent CandidateAppointed from reserve-service fills a seat, once, even when redelivered. */
@QuarkusTest
class ReserveEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void permanentAppointmentsFillSeatsOnceAndTheLastOneMarksTheVacancyFilled() {
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete("Twee zitjes"));
        body.put("seats", 2);
        String id = asHr().contentType(ContentType.JSON).body(body).post("/hr/vacancies").then().statusCode(201)
                .extract().path("id");
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(200);

        UUID first = UUID.randomUUID();
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            send(companion, first, id, "PERMANENT");
            send(companion, first, id, "PERMANENT"); // redelivery: same event id
            send(companion, UUID.randomUUID(), id, "TEMPORARY"); // a replacement fills no seat
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asHr().get("/hr/vacancies/" + id).then()
                    .body("internal.seatsFilled", equalTo(1)).body("status", equalTo("CLOSED")));
            send(companion, UUID.randomUUID(), id, "PERMANENT");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asHr().get("/hr/vacancies/" + id).then()
                    .body("internal.seatsFilled", equalTo(2)).body("status", equalTo("FILLED")));
        }
        asHr().get("/hr/vacancies/" + id + "/audit").then().body("action", hasItems("SEAT_FILLED", "FILLED"));
        // the last seat announces VacancyFilled once (written with the state change, relayed by the outbox)
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics("werving.vacancy.events");
            await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream()
                    .anyMatch(r -> id.equals(r.key()) && "VacancyFilled".equals(header(r, "ce_type"))));
            List<ConsumerRecord<String, String>> filled = task.getRecords().stream()
                    .filter(r -> id.equals(r.key()) && "VacancyFilled".equals(header(r, "ce_type"))).toList();
            task.stop();
            assertEquals(1, filled.size());
            assertTrue(filled.get(0).value().contains("\"seatsFilled\":2"), filled.get(0).value());
            assertTrue(filled.get(0).value().contains("\"filledBy\":\"" + ReserveEventsConsumer.ACTOR + "\""), filled.get(0).value());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void send(KafkaCompanion companion, UUID eventId, String vacancyId, String kind) {
        String entry = UUID.randomUUID().toString();
        String payload = """
                {"appointmentId":"%s","vacancyId":"%s","applicationId":"%s","entryId":"%s","reserveId":"%s",
                 "kind":"%s","team":"Team","startDate":"2027-03-01","endDate":null,"reason":null}"""
                .formatted(UUID.randomUUID(), vacancyId, UUID.randomUUID(), entry, UUID.randomUUID(), kind);
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "CandidateAppointed".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/werving/reserve-service".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", entry.getBytes(StandardCharsets.UTF_8));
        companion.produceStrings().fromRecords(new ProducerRecord<>("werving.reserve.events", null, entry, payload, headers))
                .awaitCompletion();
    }
}
