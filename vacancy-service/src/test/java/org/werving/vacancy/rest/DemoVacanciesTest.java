package org.werving.vacancy.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.vacancy.Tokens.asHr;

/**
 * The five demo postings of deploy/local/demo are created and published through the API, and every
 * admission rule (both tracks, every alternative, every condition field) and advantage comes back
 * unchanged on the public view, as do the stages with the competencies each component measures.
 */
@QuarkusTest
class DemoVacanciesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEMO = Path.of("..", "deploy", "local", "demo");

    @Test
    void everyDemoPostingRoundTripsEveryAdmissionRule() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(DEMO)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size(), "five demo postings");
        int conditions = 0;
        for (Path file : files) {
            ObjectNode body = (ObjectNode) JSON.readTree(file.toFile());
            body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString());
            String id = asHr().contentType(ContentType.JSON).body(body.toString()).post("/hr/vacancies")
                    .then().statusCode(201).extract().path("id");
            asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
            JsonNode view = JSON.readTree(given().get("/vacancies/" + id).then().statusCode(200).extract().asString());
            String name = file.getFileName().toString();
            assertEquals(body.get("admission"), view.get("admission"), name + ": admission round-trips");
            assertEquals(body.get("stages"), view.get("stages"), name + ": stages round-trip");
            assertEquals(body.get("competencies"), view.get("competencies"), name + ": competencies round-trip");
            assertEquals(body.get("reservePlan"), view.get("reservePlan"), name + ": reserve plan round-trips");
            assertEquals(body.get("responsibilities"), view.get("responsibilities"), name + ": responsibilities round-trip");
            assertTrue(body.get("responsibilities").size() >= 3, name + ": responsibilities filled in");
            for (JsonNode stage : body.get("stages")) {
                assertTrue(stage.path("tentativeFrom").asText().startsWith("2026-"), name + ": tentative date of " + stage.get("name"));
            }
            // the combined test says which of the posting's competencies each component measures (scale left at 100)
            java.util.Set<String> own = new java.util.TreeSet<>();
            body.get("competencies").forEach(c -> own.add(c.get("name").asText()));
            java.util.Set<String> measured = new java.util.TreeSet<>();
            for (JsonNode stage : view.get("stages")) {
                assertTrue(stage.path("scale").isMissingNode(), name + ": no scale in the demo (100)");
                for (JsonNode component : stage.path("components")) {
                    assertTrue(component.path("competencies").size() > 0, name + ": competencies of " + component.get("name"));
                    component.get("competencies").forEach(c -> measured.add(c.asText()));
                }
            }
            assertEquals(own, measured, name + ": every competency is measured by a component, and only the posting's own");
            assertEquals(body.get("offer").get("contractType"), view.get("offer").get("contractType"), name);
            assertTrue(view.path("internal").isMissingNode(), name + ": no internal fields on the public view");
            assertTrue(body.get("admission").get("internal").size() > 0, name + ": the internal track is encoded");
            for (JsonNode alternative : body.get("admission").get("external")) {
                conditions += alternative.get("conditions").size();
            }
            for (JsonNode alternative : body.get("admission").get("internal")) {
                conditions += alternative.get("conditions").size();
            }
        }
        assertTrue(conditions >= 30, "all conditions checked: " + conditions);
    }

    @Test
    void werkvloerbegeleiderRequiresDrivingLicenceBInEveryAlternativeAndTPactCountsItAsAnAdvantage() throws Exception {
        JsonNode werkvloer = JSON.readTree(DEMO.resolve("werkvloerbegeleider.json").toFile());
        for (String track : List.of("external", "internal")) {
            for (JsonNode alternative : werkvloer.get("admission").get(track)) {
                assertTrue(alternative.get("conditions").toString().contains("\"licenceCategory\":\"B\""),
                        "driving licence B in " + alternative.get("label"));
            }
        }
        JsonNode tPact = JSON.readTree(DEMO.resolve("trajectbegeleider-t-pact.json").toFile());
        assertTrue(!tPact.get("admission").toString().contains("\"type\":\"DRIVING_LICENCE\",\"licenceCategory\":\"B\"}]"));
        assertEquals("DRIVING_LICENCE", tPact.at("/admission/advantages/0/condition/type").asText());
    }

    @Test
    void publicationListsEveryInvalidConditionOfTheNewTypes() {
        String body = """
                {"title":"Onvolledige voorwaarden","directorate":"D","level":"B","salaryScale":"B1-B3",
                 "applicationDeadline":"%s",
                 "admission":{"external":[{"label":"x","conditions":[{"type":"DIPLOMA","level":"Z"}]}],
                   "internal":[{"label":"y","conditions":[{"type":"LEVEL_SENIORITY","minMonths":12},
                                                          {"type":"CONTRACT_TYPE"},
                                                          {"type":"SERVICE_SENIORITY","minMonths":0,"scope":"THIS_EMPLOYER"},
                                                          {"type":"CURRENT_LEVEL_AT_LEAST","level":"B"},
                                                          {"type":"DRIVING_LICENCE","licenceCategory":"Q"},
                                                          {"type":"GRADE_SENIORITY","grades":["X9"],"minMonths":12,"scope":"THIS_EMPLOYER"}]}],
                   "advantages":[{"condition":{"type":"DRIVING_LICENCE"}}]},
                 "stages":[{"order":1,"type":"SPEED_INTERVIEW","name":"s","eliminating":true,"passMark":60}],
                 "offer":{"contractType":"INDEFINITE_RESOLUTIVE"}}
                """.formatted(OffsetDateTime.now(ZoneOffset.UTC).plusDays(5));
        String id = asHr().contentType(ContentType.JSON).body(body).post("/hr/vacancies").then().statusCode(201)
                .extract().path("id");
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(422)
                .body("type", equalTo("urn:werving:problem:vacancy-incomplete"))
                .body("errors.field", hasItems(
                        "admission.external[0].conditions[0].level",
                        "admission.internal[0].conditions[0].level",
                        "admission.internal[0].conditions[0].scope",
                        "admission.internal[0].conditions[1].contractType",
                        "admission.internal[0].conditions[2].minMonths",
                        "admission.internal[0].conditions[3].scope",
                        "admission.internal[0].conditions[4].licenceCategory",
                        "admission.internal[0].conditions[5].grades[0]",
                        "admission.advantages[0].description",
                        "admission.advantages[0].condition.licenceCategory",
                        "offer.resolutiveCondition"));
    }
}
