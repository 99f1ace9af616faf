package org.werving.vacancy.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.vacancy.Tokens.asHr;

/**
 * The procedure says which of the vacancy's competencies each scored component measures and on which
 * scale the jury scores a stage; both reach VacancyPublished and VacancyAmended, and a wrong reference
 * or scale is refused with the exact field path.
 */
@QuarkusTest
class StageScoringTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

    private static Map<String, Object> competency(String name) {
        return Map.of("name", name, "definition", "Definitie van " + name.toLowerCase() + ".");
    }

    private static Map<String, Object> component(String name, Integer weight, List<String> competencies) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("name", name);
        if (weight != null) {
            component.put("weight", weight);
        }
        if (competencies != null) {
            component.put("competencies", competencies);
        }
        return component;
    }

    private static Map<String, Object> combinedTest(Integer scale, List<Map<String, Object>> components) {
        Map<String, Object> stage = new LinkedHashMap<>(Map.of("order", 2, "type", "COMBINED_TEST",
                "name", "Gecombineerde proef", "eliminating", true, "passMark", 60, "components", components));
        if (scale != null) {
            stage.put("scale", scale);
        }
        return stage;
    }

    private static List<Map<String, Object>> stages(Map<String, Object> combined) {
        return List.of(Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true,
                "passMark", 60), combined);
    }

    /** Fixture body with four catalogue competencies and the given stages. */
    private static Map<String, Object> body(String title, List<Map<String, Object>> stages) {
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete(title));
        body.put("competencies", List.of(competency("Resultaatgerichtheid"), competency("Klantgerichtheid"),
                competency("Samenwerken"), competency("Communiceren")));
        body.put("stages", stages);
        return body;
    }

    private static List<Map<String, Object>> validStages(Integer scale) {
        return stages(combinedTest(scale, List.of(
                component("Case", 2, List.of("Resultaatgerichtheid", "Klantgerichtheid")),
                component("Jurygesprek", null, List.of("Samenwerken", "Communiceren", "Klantgerichtheid")),
                component("Presentatie", null, null))));
    }

    @Test
    void componentCompetenciesAndScaleRoundTripAndReachVacancyPublishedAndVacancyAmended() throws Exception {
        String id = asHr().contentType(ContentType.JSON).body(body("Scoring per competentie", validStages(20)))
                .post("/hr/vacancies").then().statusCode(201)
                .body("stages[1].scale", equalTo(20))
                .body("stages[1].components[0].competencies", equalTo(List.of("Resultaatgerichtheid", "Klantgerichtheid")))
                .extract().path("id");
        asHr().get("/hr/vacancies/" + id).then().statusCode(200)
                .body("stages[1].components[1].competencies", equalTo(List.of("Samenwerken", "Communiceren", "Klantgerichtheid")));
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);

        JsonNode view = JSON.readTree(given().get("/vacancies/" + id).then().statusCode(200).extract().asString());
        JsonNode combined = view.at("/stages/1");
        assertEquals(20, combined.get("scale").asInt());
        assertEquals(JSON.readTree("""
                [{"name":"Case","weight":2,"competencies":["Resultaatgerichtheid","Klantgerichtheid"]},
                 {"name":"Jurygesprek","competencies":["Samenwerken","Communiceren","Klantgerichtheid"]},
                 {"name":"Presentatie"}]"""), combined.get("components"), "components exactly as sent, absent fields left out");
        assertFalse(view.at("/stages/0").has("scale"), "no scale given: left out (selection uses 100)");

        // the published event carries the same stages: in the outbox, and on the broker
        JsonNode published = JSON.readTree(payload(id, "VacancyPublished"));
        assertEquals(view.get("stages"), published.get("stages"), "VacancyPublished carries the stages as the public view");
        assertEquals(20, published.at("/stages/1/scale").asInt());
        assertEquals("Communiceren", published.at("/stages/1/components/1/competencies/1").asText());
        assertTrue(published.at("/stages/1/components/2").has("name") && !published.at("/stages/1/components/2").has("competencies"));
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics("werving.vacancy.events");
            await().atMost(Duration.ofSeconds(30)).until(() -> ofType(task, id, "VacancyPublished").isPresent());
            JsonNode onTheWire = JSON.readTree(ofType(task, id, "VacancyPublished").orElseThrow().value());
            task.stop();
            assertEquals(published.get("stages"), onTheWire.get("stages"), "the broker carries the same stages");
        }

        // an amendment of the stages is checked the same way, then announced with the new mapping and scale
        Map<String, Object> badAmendment = Map.of("reason", "Competentie verkeerd gespeld", "stages",
                stages(combinedTest(10, List.of(component("Case", null, List.of("Resultaatgerichtheid", "Leiding geven"))))));
        asHr().contentType(ContentType.JSON).body(badAmendment).post("/hr/vacancies/" + id + "/amendments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("stages[1].components[0].competencies[1]")))
                .body("errors[0].message", equalTo("'Leiding geven' is not one of this vacancy's competencies"));
        Map<String, Object> badScale = Map.of("reason", "Schaal", "stages", stages(combinedTest(1001, List.of(component("Case", null, null)))));
        asHr().contentType(ContentType.JSON).body(badScale).post("/hr/vacancies/" + id + "/amendments")
                .then().statusCode(400).body("errors.field", equalTo(List.of("stages[1].scale")))
                .body("errors[0].message", equalTo("must lie between 1 and 1000"));
        assertEquals(0, count(id, "VacancyAmended"), "a refused amendment changes nothing and announces nothing");

        Map<String, Object> amendment = Map.of("reason", "Jury scoort op 10", "stages", stages(combinedTest(10, List.of(
                component("Case", 1, List.of("Resultaatgerichtheid")),
                component("Jurygesprek", 1, List.of("Samenwerken", "Communiceren", "Klantgerichtheid"))))));
        asHr().contentType(ContentType.JSON).body(amendment).post("/hr/vacancies/" + id + "/amendments")
                .then().statusCode(200).body("stages[1].scale", equalTo(10))
                .body("stages[1].components[0].competencies", equalTo(List.of("Resultaatgerichtheid")));
        JsonNode amended = JSON.readTree(payload(id, "VacancyAmended"));
        assertEquals(10, amended.at("/vacancy/stages/1/scale").asInt());
        assertEquals(JSON.readTree("[\"Resultaatgerichtheid\"]"), amended.at("/vacancy/stages/1/components/0/competencies"));
        assertEquals(3, amended.at("/vacancy/stages/1/components/1/competencies").size());
    }

    @Test
    void aWrongCompetencyReferenceOrScaleIsRefusedNamingTheExactField() {
        record Case(String what, Map<String, Object> combined, String field, String message) {
        }
        List<Case> cases = List.of(
                new Case("unknown name", combinedTest(null, List.of(component("Case", null, List.of("Klantgerichtheid")),
                        component("Rollenspel", null, List.of("Samenwerken", "Communiceren", "Leiding geven")))),
                        "stages[1].components[1].competencies[2]", "'Leiding geven' is not one of this vacancy's competencies"),
                new Case("a catalogue name in other case (exact match)", combinedTest(null,
                        List.of(component("Case", null, List.of("samenwerken")))),
                        "stages[1].components[0].competencies[0]", "'samenwerken' is not one of this vacancy's competencies"),
                new Case("duplicate", combinedTest(null, List.of(component("Case", null,
                        List.of("Samenwerken", "Communiceren", " Samenwerken")))),
                        "stages[1].components[0].competencies[2]", "' Samenwerken' is listed twice for this component"),
                new Case("empty list", combinedTest(null, List.of(component("Case", null, List.of()))),
                        "stages[1].components[0].competencies", "must not be empty; leave it out to score the component as a whole"),
                new Case("scale 0", combinedTest(0, List.of(component("Case", null, null))),
                        "stages[1].scale", "must lie between 1 and 1000"),
                new Case("scale 1001", combinedTest(1001, List.of(component("Case", null, null))),
                        "stages[1].scale", "must lie between 1 and 1000"));
        for (Case c : cases) {
            asHr().contentType(ContentType.JSON).body(body("Fout: " + c.what(), stages(c.combined()))).post("/hr/vacancies")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:werving:problem:validation"))
                    .body("status", equalTo(400))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(c.field()))
                    .body("errors[0].message", equalTo(c.message()))
                    .body("detail", containsString(c.field()));
        }

        // every fault of one request is listed; a draft is checked against its own competencies on update too
        List<Map<String, Object>> all = new ArrayList<>(stages(combinedTest(1001, List.of(
                component("Case", null, List.of()), component("Interview", null, List.of("Integriteit", "Integriteit"))))));
        asHr().contentType(ContentType.JSON).body(body("Alle fouten", all)).post("/hr/vacancies").then().statusCode(400)
                .body("errors.field", equalTo(List.of("stages[1].scale", "stages[1].components[0].competencies",
                        "stages[1].components[1].competencies[0]", "stages[1].components[1].competencies[1]")));
        String draft = asHr().contentType(ContentType.JSON).body(body("Grens", validStages(1000))).post("/hr/vacancies")
                .then().statusCode(201).body("stages[1].scale", equalTo(1000)).extract().path("id");
        Map<String, Object> withoutCommunication = body("Grens", validStages(1));
        withoutCommunication.put("competencies", List.of(competency("Resultaatgerichtheid"), competency("Klantgerichtheid"),
                competency("Samenwerken")));
        asHr().contentType(ContentType.JSON).body(withoutCommunication).put("/hr/vacancies/" + draft).then().statusCode(400)
                .body("errors.field", equalTo(List.of("stages[1].components[1].competencies[1]")));
        asHr().get("/hr/vacancies/" + draft).then().body("stages[1].scale", equalTo(1000))
                .body("competencies", hasSize(4));
        // a name padded with spaces matches after trim; a component without competencies has none
        Map<String, Object> padded = body("Spaties", stages(combinedTest(1, List.of(
                component("Case", null, List.of(" Samenwerken ")), component("Interview", null, null)))));
        asHr().contentType(ContentType.JSON).body(padded).put("/hr/vacancies/" + draft).then().statusCode(200)
                .body("stages[1].scale", equalTo(1))
                .body("stages[1].components[1].competencies", nullValue());
        asHr().post("/hr/vacancies/" + draft + "/publish").then().statusCode(200)
                .body("stages[1].components.name", hasItem("Interview"));
    }

    private long count(String id, String type) {
        return pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = $2")
                .execute(Tuple.of(id, type)).await().indefinitely().iterator().next().getLong(0);
    }

    private String payload(String id, String type) {
        assertEquals(1, count(id, type), type);
        return pool.preparedQuery("SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = $2")
                .execute(Tuple.of(id, type)).await().indefinitely().iterator().next().getString(0);
    }

    private static java.util.Optional<ConsumerRecord<String, String>> ofType(ConsumerTask<String, String> task, String id, String type) {
        return task.getRecords().stream().filter(r -> id.equals(r.key()) && type.equals(header(r, "ce_type"))).findFirst();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
