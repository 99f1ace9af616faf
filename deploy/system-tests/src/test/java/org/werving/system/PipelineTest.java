package org.werving.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werving.infra.DevTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the selection pipeline through all four running services: publish a vacancy, four
 * candidates apply (a bachelor, one without diploma who passes the capacity test, one who
 * fails admission, a master), stage scores eliminate the one below the pass mark, and the
 * reserve lists exactly the laureates in score order; every applicant's timeline shows each step.
 */
class PipelineTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(45);
    private static WervingSystem system;
    /** A real bearer token of the development issuer, which the services' local profile trusts. */
    private static final String HR = DevTokens.issue("hr.system-test", Duration.ofHours(1), "hr");

    private static RequestSpecification asHr() {
        return given().auth().oauth2(HR);
    }

    @BeforeAll
    static void startSystem() throws InterruptedException {
        system = WervingSystem.start();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    private static String vacancy() {
        return system.url("vacancy-service");
    }

    private static String candidate() {
        return system.url("candidate-service");
    }

    private static String selection() {
        return system.url("selection-service");
    }

    private static String reserve() {
        return system.url("reserve-service");
    }

    @Test
    void aVacancyFromPublicationToReserve() {
        String vacancyId = publishVacancy();

        String anna = apply(vacancyId, "Anna", "B", 6);        // bachelor: admitted, no capacity test
        String bram = apply(vacancyId, "Bram", null, 30);      // no diploma, 30 months: capacity test
        String chris = apply(vacancyId, "Chris", "C", 3);      // no level-B diploma, 3 months: not admitted
        String dina = apply(vacancyId, "Dina", "A", 40);       // master: admitted

        awaitCandidacy(anna, "IN_STAGE");
        awaitCandidacy(bram, "AWAITING_CAPACITY_TEST");
        awaitCandidacy(chris, "NOT_ADMITTED");
        awaitCandidacy(dina, "IN_STAGE");

        // scoring before the capacity test result is out of order
        score(bram, 1, 70).statusCode(409);
        asHr().contentType(ContentType.JSON).body(Map.of("passed", true, "score", 71))
                .post(selection() + "/candidacies/" + bram + "/capacity-test").then().statusCode(200);

        score(anna, 1, 80).statusCode(200);
        score(bram, 1, 70).statusCode(200);
        score(dina, 1, 65).statusCode(200);
        score(anna, 2, 75).statusCode(200);
        score(bram, 2, 59).statusCode(200);    // below the pass mark of 60: eliminated
        score(dina, 2, 88).statusCode(200);
        awaitCandidacy(bram, "ELIMINATED");

        // the reserve holds exactly the laureates, best first
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath entries = asHr().queryParam("vacancyId", vacancyId).get(reserve() + "/reserves")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(dina, anna), entries.getList("applicationId"));
            assertEquals(List.of(1, 2), entries.getList("rank"));
            assertEquals(List.of("RECRUITMENT", "RECRUITMENT"), entries.getList("reserveType"));
        });

        // HR appoints the best laureate from the reserve
        JsonPath laureates = asHr().queryParam("vacancyId", vacancyId).get(reserve() + "/reserves")
                .then().statusCode(200).extract().jsonPath();
        String reserveId = laureates.getString("[0].reserveId");
        String dinaEntry = laureates.getString("[0].entryId");
        asHr().contentType(ContentType.JSON)
                .body(Map.of("entryId", dinaEntry, "kind", "PERMANENT", "team", "Sociale economie",
                        "startDate", LocalDate.now().plusDays(30).toString()))
                .post(reserve() + "/reserves/" + reserveId + "/appointments").then().statusCode(201);
        asHr().get(reserve() + "/reserves/entries/" + dinaEntry).then().statusCode(200)
                .body("state", equalTo("APPOINTED"));
        // vacancy-service counts the seat filled from CandidateAppointed
        await().atMost(EVENTUALLY).untilAsserted(() -> asHr().get(vacancy() + "/hr/vacancies/" + vacancyId)
                .then().statusCode(200).body("internal.seatsFilled", equalTo(1)));

        // each applicant sees where they stand
        awaitTimeline(anna, "IN_RESERVE", List.of("ScreeningPassed", "InterviewScored", "InterviewScored",
                "SelectionPassed", "ReserveEntryCreated"));
        awaitTimeline(dina, "IN_RESERVE", List.of("ScreeningPassed", "InterviewScored", "InterviewScored",
                "SelectionPassed", "ReserveEntryCreated"));
        awaitTimeline(bram, "ELIMINATED", List.of("ScreeningPassed", "CapacityTestRecorded", "InterviewScored",
                "InterviewScored", "CandidateEliminated"));
        awaitTimeline(chris, "NOT_ADMITTED", List.of("ScreeningFailed"));
    }

    private static String publishVacancy() {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "SYS-1");
        body.put("title", "Werkvloerbegeleider");
        body.put("directorate", "Dienstverlening en sociaal beleid");
        body.put("team", "Sociale economie");
        body.put("level", "B");
        body.put("salaryScale", "B1-B3");
        body.put("seats", 2);
        body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
        body.put("admission", Map.of(
                "external", List.of(
                        Map.of("label", "bachelor", "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B"))),
                        Map.of("label", "ervaring en capaciteitstest", "conditions", List.of(
                                Map.of("type", "RELEVANT_EXPERIENCE", "minMonths", 12), Map.of("type", "CAPACITY_TEST")))),
                "internal", List.of()));
        body.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true, "passMark", 60)));
        String id = asHr().contentType(ContentType.JSON).body(body).post(vacancy() + "/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        asHr().post(vacancy() + "/hr/vacancies/" + id + "/publish").then().statusCode(200);
        given().get(vacancy() + "/vacancies/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        return id;
    }

    /** Applies as soon as candidate-service has learnt of the vacancy from its event. */
    private static String apply(String vacancyId, String firstName, String diplomaLevel, int months) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId);
        body.put("firstName", firstName);
        body.put("lastName", "Peeters");
        body.put("email", firstName.toLowerCase() + "@example.org");
        body.put("internal", false);
        body.put("diplomaLevel", diplomaLevel);
        body.put("relevantExperienceMonths", months);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        String[] id = new String[1];
        await().atMost(EVENTUALLY).until(() -> {
            var response = given().contentType(ContentType.JSON).body(body).post(candidate() + "/applications");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            assertEquals(404, response.statusCode(), response.asString()); // vacancy not known yet
            return false;
        });
        return id[0];
    }

    private static io.restassured.response.ValidatableResponse score(String applicationId, int stage, int score) {
        return asHr().contentType(ContentType.JSON).body(Map.of("score", score))
                .post(selection() + "/candidacies/" + applicationId + "/stages/" + stage + "/score").then();
    }

    private static void awaitCandidacy(String applicationId, String status) {
        await().atMost(EVENTUALLY).untilAsserted(() -> asHr().get(selection() + "/candidacies/" + applicationId)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    private static void awaitTimeline(String applicationId, String status, List<String> steps) {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath application = asHr().get(candidate() + "/applications/" + applicationId)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(status, application.getString("status"));
            List<String> types = application.getList("timeline.type");
            assertTrue(types.size() == steps.size() + 1, "timeline " + types);
            assertEquals(steps, types.subList(1, types.size()), "timeline after receipt");
        });
    }
}
