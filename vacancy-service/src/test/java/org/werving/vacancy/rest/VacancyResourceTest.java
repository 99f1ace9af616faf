package org.werving.vacancy.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.werving.vacancy.Tokens.asHr;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class VacancyResourceTest {

    private String createDraft(Map<String, Object> body) {
        return asHr().contentType(ContentType.JSON).body(body)
                .when().post("/hr/vacancies")
                .then().statusCode(201)
                .header("Location", containsString("/hr/vacancies/"))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
    }

    @Test
    void draftIsHiddenFromThePortalUntilPublished() {
        String id = createDraft(VacancyFixtures.complete("Werkvloerbegeleider"));
        given().get("/vacancies/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/vacancies?size=100").then().statusCode(200).body("id", not(hasItem(id)));

        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));

        given().get("/vacancies?size=100").then().statusCode(200).body("id", hasItem(id));
        given().get("/vacancies/" + id).then().statusCode(200)
                .body("title", equalTo("Werkvloerbegeleider"))
                .body("admission.external[1].conditions[0].minMonths", equalTo(12))
                .body("stages[1].passMark", equalTo(60))
                .body("publishedAt", notNullValue());
    }

    @Test
    void publishingTwiceOrClosingADraftIsAConflict() {
        String id = createDraft(VacancyFixtures.complete("Trajectbegeleider"));
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:vacancy-status"))
                .body("detail", containsString("DRAFT"));
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString("PUBLISHED"));
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().get("/vacancies?size=100").then().body("id", not(hasItem(id)));
    }

    @Test
    void publishingAnIncompleteDraftListsEveryMissingElement() {
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete("Onvolledig"));
        body.remove("salaryScale");
        body.remove("stages");
        body.remove("applicationDeadline");
        String id = createDraft(body);
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:vacancy-incomplete"))
                .body("errors.field", hasItems("salaryScale", "stages", "applicationDeadline"));
        asHr().get("/hr/vacancies/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        asHr().contentType(ContentType.JSON).body(Map.of("title", "", "seats", 0))
                .post("/hr/vacancies").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "seats"))
                .body(not(containsString("Exception")));
        asHr().contentType(ContentType.JSON).body("{\"title\": \"x\", \"seats\": \"many\"}")
                .post("/hr/vacancies").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("seats"));
        asHr().contentType(ContentType.JSON).body("{not json")
                .post("/hr/vacancies").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownVacancyIs404Problem() {
        given().get("/vacancies/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/vacancies/not-a-uuid").then().statusCode(404);
    }
}
