package org.werving.candidate.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

@QuarkusTest
class ApplicationResourceTest {
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

    private static ExtractableResponse<Response> post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/applications").then().extract();
    }

    @Test
    void applyingIsAcceptedAndAnnouncedWithoutPersonalData() {
        UUID vacancyId = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(30));
        String email = uniqueEmail("an.peeters");

        ExtractableResponse<Response> created = post(application(vacancyId, email));
        assertEquals(201, created.statusCode());
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/applications/" + id), created.header("Location"));
        assertEquals("RECEIVED", created.path("status"));
        assertEquals("Kandidatuur ontvangen", created.path("timeline[0].text"));
        assertFalse(created.asString().contains(email));

        asHr().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id))
                .body("vacancyId", equalTo(vacancyId.toString()))
                .body("vacancyTitle", equalTo("Werkvloerbegeleider"))
                .body("status", equalTo("RECEIVED"))
                .body("appliedAt", notNullValue())
                .body("timeline", hasSize(1))
                .body("timeline[0].type", equalTo("CandidateApplied"))
                .body("timeline[0].text", equalTo("Kandidatuur ontvangen"))
                .body(not(containsString(email)));

        ConsumerTask<String, String> task = broker.companion().consumeStrings().fromTopics(Broker.CANDIDATE_TOPIC);
        await().atMost(Broker.PATIENCE).until(() -> task.getRecords().stream().anyMatch(r -> id.equals(r.key())));
        task.stop();
        List<ConsumerRecord<String, String>> mine = task.getRecords().stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, mine.size());
        ConsumerRecord<String, String> applied = mine.get(0);
        assertEquals("CandidateApplied", Broker.header(applied, "ce_type"));
        assertEquals(id, Broker.header(applied, "ce_subject"));
        assertEquals("/werving/candidate-service", Broker.header(applied, "ce_source"));
        assertEquals("application", Broker.header(applied, "ce_aggregatetype"));
        assertNotNull(Broker.header(applied, "ce_id"));
        String value = applied.value();
        assertTrue(value.contains("\"applicationId\":\"" + id + "\""), value);
        assertTrue(value.contains("\"vacancyId\":\"" + vacancyId + "\""), value);
        assertTrue(value.contains("\"facts\":{\"diplomaLevel\":\"B\",\"relevantExperienceMonths\":30,"), value);
        assertTrue(value.contains("\"internal\":false"), value);
        assertFalse(value.contains(email), value);
        assertFalse(value.contains("Peeters"), value);
    }

    @Test
    void unknownVacancyIs404Problem() {
        given().contentType(ContentType.JSON).body(application(UUID.randomUUID(), uniqueEmail("carla")))
                .post("/applications").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void closedVacancyOrPassedDeadlineIsAConflict() {
        UUID closed = broker.publishVacancy("Gesloten vacature", Broker.now().plusDays(30));
        broker.closeVacancy(closed);
        given().contentType(ContentType.JSON).body(application(closed, uniqueEmail("dirk")))
                .post("/applications").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:vacancy-closed"));

        UUID late = broker.publishVacancy("Verlopen vacature", Broker.now().minusMinutes(1));
        given().contentType(ContentType.JSON).body(application(late, uniqueEmail("els")))
                .post("/applications").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:vacancy-closed"));
    }

    @Test
    void sameEmailTwiceForOneVacancyIsAConflict() {
        UUID vacancyId = broker.publishVacancy("Maatschappelijk werker", Broker.now().plusDays(30));
        UUID other = broker.publishVacancy("Teamcoach", Broker.now().plusDays(30));
        String email = uniqueEmail("Fien.Janssens");
        assertEquals(201, post(application(vacancyId, email)).statusCode());

        given().contentType(ContentType.JSON).body(application(vacancyId, email.toUpperCase()))
                .post("/applications").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:duplicate-application"));
        // the same person may apply to another vacancy; another person to the same one
        assertEquals(201, post(application(other, email)).statusCode());
        assertEquals(201, post(application(vacancyId, uniqueEmail("geert"))).statusCode());
    }

    @Test
    void simultaneousTwinsGiveOneApplication() throws Exception {
        UUID vacancyId = broker.publishVacancy("Onthaalmedewerker", Broker.now().plusDays(30));
        String email = uniqueEmail("hanne");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<ExtractableResponse<Response>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String variant = i % 2 == 0 ? email : email.toUpperCase();
                calls.add(CompletableFuture.supplyAsync(() -> post(application(vacancyId, variant)), pool));
            }
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (CompletableFuture<ExtractableResponse<Response>> call : calls) {
                answers.add(call.get());
            }
            assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count());
            answers.stream().filter(a -> a.statusCode() != 201).forEach(a -> {
                assertEquals(409, a.statusCode());
                assertEquals("urn:werving:problem:duplicate-application", a.path("type"));
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/applications").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:validation"))
                .body("errors.field", hasItems("vacancyId", "firstName", "lastName", "email", "internal",
                        "relevantExperienceMonths"));

        Map<String, Object> wrong = new HashMap<>(application(UUID.randomUUID(), "not-an-address"));
        wrong.put("diplomaLevel", "F");
        wrong.put("relevantExperienceMonths", -1);
        wrong.put("firstName", " ");
        given().contentType(ContentType.JSON).body(wrong)
                .post("/applications").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("email", "diplomaLevel", "relevantExperienceMonths", "firstName"))
                .body(not(containsString("Exception")));

        Map<String, Object> badId = new HashMap<>(application(UUID.randomUUID(), uniqueEmail("ilse")));
        badId.put("vacancyId", "not-a-uuid");
        given().contentType(ContentType.JSON).body(badId)
                .post("/applications").then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:malformed-body"))
                .body("errors.field", hasItems("vacancyId"));

        given().contentType(ContentType.JSON).body("{not json")
                .post("/applications").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownApplicationIs404Problem() {
        asHr().get("/applications/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:not-found"));
    }
}
