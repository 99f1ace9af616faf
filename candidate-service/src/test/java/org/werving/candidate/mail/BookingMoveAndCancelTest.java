package org.werving.candidate.mail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.rest.SelfServiceResource;

import java.time.Duration;
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
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;
import static org.werving.candidate.mail.LaterStepsMailTest.attachment;
import static org.werving.candidate.mail.LaterStepsMailTest.mailsTo;
import static org.werving.candidate.mail.LaterStepsMailTest.text;




/**
 * Moving and cancelling a booked moment through self-service (issue 14): the booked moment in the view,
 * SlotBookingCancellationRequested through the outbox, and what the answers of selection-service
 * (InterviewScheduled as a move, SlotBookingCancelled, SlotBookingCancellationRefused) tell the candidate.
 */
@QuarkusTest
class BookingMoveAndCancelTest {
    static final String STARTS_A = "2027-01-20T08:00:00Z";
    static final String STARTS_B = "2027-01-21T13:30:00Z";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MailRelay relay;

    @Test
    void aCandidateMovesAndCancelsTheirMomentAndReadsIt() throws Exception {
        String email = uniqueEmail("move");
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
            ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                    .body(application(vacancy, email)).post("/applications").then().statusCode(201).extract();
            String id = created.path("id");
            String token = created.path("accessToken");
            String v = vacancy.toString();
            UUID slotA = UUID.randomUUID();
            UUID slotB = UUID.randomUUID();

            // not in the procedure yet: nothing to cancel
            cancel(id, token, Map.of("stageOrder", 1)).then().statusCode(409)
                    .body("type", equalTo("urn:werving:problem:application-status"));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "ScreeningPassed", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", v, "capacityTestRequired", false)));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "InterviewScheduled", Broker.now(),
                    scheduled(id, v, slotA, STARTS_A, null, null)));
            view(id, token).body("bookings", hasSize(1))
                    .body("bookings[0].stageOrder", equalTo(1))
                    .body("bookings[0].stageName", equalTo("Speedinterview"))
                    .body("bookings[0].slotId", equalTo(slotA.toString()))
                    .body("bookings[0].startsAt", equalTo(STARTS_A))
                    .body("bookings[0].endsAt", equalTo("2027-01-20T08:20:00Z"))
                    .body("bookings[0].place", equalTo("Stadhuis, zaal 2"));

            // move: a booking request for another slot of the stage; selection-service answers with the move
            given().header(SelfServiceResource.TOKEN, token).contentType(ContentType.JSON)
                    .body(Map.of("slotId", slotB.toString(), "stageOrder", 1))
                    .post("/self-service/applications/" + id + "/booking-requests").then().statusCode(202)
                    .body("slotId", equalTo(slotB.toString()));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "InterviewScheduled", Broker.now(),
                    scheduled(id, v, slotB, STARTS_B, slotA, STARTS_A)));
            view(id, token).body("bookings", hasSize(1))
                    .body("bookings[0].slotId", equalTo(slotB.toString()))
                    .body("bookings[0].startsAt", equalTo(STARTS_B))
                    .body("timeline.text", hasItem("Je moment voor Speedinterview is verplaatst van 20-01-2027 om 09:00 "
                            + "naar 21-01-2027 om 14:30 in Stadhuis, zaal 2"));

            // cancel: validated, asked through the outbox, then confirmed
            cancel(id, token, Map.of()).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("stageOrder"));
            cancel(id, null, Map.of("stageOrder", 1)).then().statusCode(401);
            cancel(id, token, Map.of("stageOrder", 1)).then().statusCode(202)
                    .body("applicationId", equalTo(id)).body("vacancyId", equalTo(v)).body("stageOrder", equalTo(1));
            assertCancellationRequested(broker, id, v);
            view(id, token).body("timeline.text",
                    hasItem("Je vroeg om je moment voor proef 1 te annuleren; je krijgt een bevestiging"));

            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "SlotBookingCancelled", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", v, "stageOrder", 1, "stageName", "Speedinterview",
                            "slotId", slotB.toString(), "startsAt", STARTS_B, "cancelledAt", Broker.now().toString())));
            view(id, token).body("bookings", hasSize(0)).body("timeline.text", hasItem(
                    "Je hebt je moment van 21-01-2027 om 14:30 voor Speedinterview geannuleerd. "
                            + "Kies een nieuw moment om toch deel te nemen."));

            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "SlotBookingCancellationRefused", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", v, "stageOrder", 1, "reason", "nothing-to-cancel",
                            "detail", "there is no booked moment for Speedinterview to cancel")));
            view(id, token).body("timeline.text",
                    hasItem("Je moment voor proef 1 kon niet geannuleerd worden: je had voor die proef geen moment geboekt"));
        }
        assertMails(email);
    }

    private void assertMails(String email) throws Exception {
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30));
        List<MimeMessage> moved = mailsTo(email, "Verplaatst: Speedinterview voor Werkvloerbegeleider");
        assertEquals(1, moved.size(), "one mail about the move");
        assertTrue(text(moved.get(0)).contains("Wanneer: 21-01-2027 om 14:30"), text(moved.get(0)));
        String update = attachment(moved.get(0), "afspraak.ics");
        assertTrue(update.contains("\r\nMETHOD:REQUEST\r\n") && update.contains("\r\nDTSTART:20270121T133000Z\r\n"), update);

        List<MimeMessage> cancelled = mailsTo(email, "Geannuleerd: je moment voor Speedinterview (Werkvloerbegeleider)");
        assertEquals(1, cancelled.size(), "one mail about the cancellation");
        assertTrue(text(cancelled.get(0)).contains("Je hebt je moment van 21-01-2027 om 14:30"), text(cancelled.get(0)));
        String removal = attachment(cancelled.get(0), "afspraak.ics");
        assertTrue(removal.contains("\r\nMETHOD:CANCEL\r\n") && removal.contains("\r\nSTATUS:CANCELLED\r\n"), removal);

        List<MimeMessage> refused = mailsTo(email, "Je moment voor Werkvloerbegeleider kon niet geannuleerd worden");
        assertEquals(1, refused.size(), "one mail about the refused cancellation");
        assertTrue(text(refused.get(0)).contains("je had voor die proef geen moment geboekt"), text(refused.get(0)));
    }

    private static void assertCancellationRequested(Broker broker, String id, String vacancy) {
        ConsumerTask<String, String> task = broker.companion().consumeStrings().fromTopics(Broker.CANDIDATE_TOPIC);
        await().atMost(Broker.PATIENCE).until(() -> task.getRecords().stream().anyMatch(r -> id.equals(r.key())
                && "SlotBookingCancellationRequested".equals(Broker.header(r, "ce_type"))));
        task.stop();
        ConsumerRecord<String, String> request = task.getRecords().stream().filter(r -> id.equals(r.key())
                && "SlotBookingCancellationRequested".equals(Broker.header(r, "ce_type"))).findFirst().orElseThrow();
        for (String field : List.of("\"applicationId\":\"" + id + "\"", "\"vacancyId\":\"" + vacancy + "\"",
                "\"stageOrder\":1", "\"requestedAt\":")) {
            assertTrue(request.value().contains(field), field + " in " + request.value());
        }
        assertEquals("application", Broker.header(request, "ce_aggregatetype"));
    }

    private static Map<String, Object> scheduled(String id, String vacancy, UUID slot, String startsAt, UUID previous,
            String previousStartsAt) {
        Map<String, Object> body = new HashMap<>(Map.of("applicationId", id, "vacancyId", vacancy, "stageOrder", 1,
                "stageName", "Speedinterview", "slotId", slot.toString(), "startsAt", startsAt, "durationMinutes", 20,
                "place", "Stadhuis, zaal 2"));
        if (previous != null) {
            body.put("previousSlotId", previous.toString());
            body.put("previousStartsAt", previousStartsAt);
        }
        return body;
    }

    private static io.restassured.response.ValidatableResponse view(String id, String token) {
        return given().header(SelfServiceResource.TOKEN, token).get("/self-service/applications/" + id).then()
                .statusCode(200);
    }

    private static Response cancel(String id, String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header(SelfServiceResource.TOKEN, token);
        }
        return request.post("/self-service/applications/" + id + "/booking-cancellations");
    }
}
