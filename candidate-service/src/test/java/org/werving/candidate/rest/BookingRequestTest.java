package org.werving.candidate.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.SmtpTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/** Booking a slot through self-service: SlotBookingRequested through the outbox, for the next stage. */
@QuarkusTest
class BookingRequestTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @jakarta.inject.Inject
    org.werving.candidate.mail.MailRelay relay;

    @Test
    void anAdmittedCandidateAsksForASlotOfTheNextStage() throws Exception {
        String email = uniqueEmail("booking");
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
            ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                    .body(application(vacancy, email)).post("/applications").then().statusCode(201).extract();
            String id = created.path("id");
            String token = created.path("accessToken");
            String otherToken = given().contentType(ContentType.JSON).body(application(vacancy, uniqueEmail("other")))
                    .post("/applications").then().statusCode(201).extract().path("accessToken");
            UUID slot1 = UUID.randomUUID();
            UUID slot2 = UUID.randomUUID();

            // not admitted yet: nothing to book
            book(id, token, Map.of("slotId", slot1.toString())).then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("urn:werving:problem:application-status"));

            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "ScreeningPassed", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "capacityTestRequired", false,
                            "alternative", "bachelor")));
            book(id, token, Map.of()).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("slotId"));
            book(id, otherToken, Map.of("slotId", slot1.toString())).then().statusCode(404);
            book(id, null, Map.of("slotId", slot1.toString())).then().statusCode(401);

            book(id, token, Map.of("slotId", slot1.toString())).then().statusCode(202)
                    .body("applicationId", equalTo(id)).body("vacancyId", equalTo(vacancy.toString()))
                    .body("stageOrder", equalTo(1)).body("slotId", equalTo(slot1.toString()));

            // after stage 1 is scored, the next request is for stage 2
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "InterviewScored", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "stageOrder", 1, "stageName", "Speedinterview",
                            "score", 72, "passMark", 60, "passed", true, "finalStage", false)));
            book(id, token, Map.of("slotId", slot2.toString())).then().statusCode(202).body("stageOrder", equalTo(2));

            // selection-service could not book the second one: the candidate reads why
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "SlotBookingRefused", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "stageOrder", 2, "slotId", slot2.toString(),
                            "reason", "slot-full", "detail", "time slot is full (12 of 12 booked)")));

            given().header(SelfServiceResource.TOKEN, token).get("/self-service/applications/" + id).then().statusCode(200)
                    .body("timeline.text", hasItem(
                            "Het gekozen moment voor proef 2 kon niet geboekt worden: dat moment is volzet; kies een ander moment"))
                    .body("timeline.text", hasItem("Je koos een moment voor proef 1; je krijgt een bevestiging"))
                    .body("timeline.text", hasItem("Je koos een moment voor proef 2; je krijgt een bevestiging"));

            ConsumerTask<String, String> task = broker.companion().consumeStrings().fromTopics(Broker.CANDIDATE_TOPIC);
            await().atMost(Broker.PATIENCE).until(() -> task.getRecords().stream()
                    .filter(r -> id.equals(r.key()) && "SlotBookingRequested".equals(Broker.header(r, "ce_type"))).count() >= 2);
            task.stop();
            List<ConsumerRecord<String, String>> requests = task.getRecords().stream()
                    .filter(r -> id.equals(r.key()) && "SlotBookingRequested".equals(Broker.header(r, "ce_type"))).toList();
            assertEquals(2, requests.size());
            String first = requests.get(0).value();
            for (String field : List.of("\"applicationId\":\"" + id + "\"", "\"vacancyId\":\"" + vacancy + "\"",
                    "\"stageOrder\":1", "\"slotId\":\"" + slot1 + "\"")) {
                assertTrue(first.contains(field), field + " in " + first);
            }
            assertTrue(requests.get(1).value().contains("\"stageOrder\":2"), requests.get(1).value());
            assertEquals("application", Broker.header(requests.get(0), "ce_aggregatetype"));
            assertFalse(first.contains("Peeters"), "no personal data in the event");
        }
        relay.sendPending(1000).await().atMost(java.time.Duration.ofSeconds(30));
        List<jakarta.mail.internet.MimeMessage> refused = java.util.Arrays.stream(SmtpTestResource.smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                                && m.getSubject().equals("Het gekozen moment voor Werkvloerbegeleider kon niet geboekt worden");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertEquals(1, refused.size(), "one mail about the refused booking");
    }

    private static Response book(String id, String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header(SelfServiceResource.TOKEN, token);
        }
        return request.post("/self-service/applications/" + id + "/booking-requests");
    }
}
