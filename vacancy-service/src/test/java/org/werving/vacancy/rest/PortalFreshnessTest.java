package org.werving.vacancy.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.werving.vacancy.Tokens.asHr;

/**
 * The portal is served from memory, yet a write of this service shows in the very next public GET (no waiting),
 * and the list's ETag answers 304 until a line on the page changes.
 */
@QuarkusTest
class PortalFreshnessTest {

    private static String draft(String directorate) {
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete("Versheid"));
        body.put("directorate", directorate);
        return asHr().contentType(ContentType.JSON).body(body).post("/hr/vacancies").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void everyWriteShowsInTheVeryNextGet() {
        String directorate = "Directie " + UUID.randomUUID();
        String in = "/vacancies?includeClosed=true&directorate=" + directorate;
        String id = draft(directorate);
        given().get(in).then().statusCode(200).body("id", not(hasItem(id)));
        given().get("/vacancies/" + id).then().statusCode(404);

        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        given().get(in).then().statusCode(200).body("id", equalTo(List.of(id))).body("[0].status", equalTo("PUBLISHED"));
        given().get("/vacancies/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(50).truncatedTo(ChronoUnit.SECONDS);
        asHr().contentType(ContentType.JSON).body(Map.of("reason", "later", "applicationDeadline", later.toString()))
                .post("/hr/vacancies/" + id + "/amendments").then().statusCode(200);
        assertEquals(later.toInstant(), OffsetDateTime.parse(given().get(in).then().statusCode(200)
                .extract().<String>path("[0].applicationDeadline")).toInstant());

        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(200);
        given().get(in).then().body("[0].status", equalTo("CLOSED"));
        given().get("/vacancies?directorate=" + directorate).then().body("id", not(hasItem(id)));

        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/archive").then().statusCode(200);
        given().get(in).then().body("id", not(hasItem(id)));
        given().get("/vacancies/" + id).then().statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void theListsEtagAnswers304UntilALineOnThePageChanges() {
        String directorate = "Directie " + UUID.randomUUID();
        String id = draft(directorate);
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        String in = "/vacancies?directorate=" + directorate;

        Response first = given().get(in);
        first.then().statusCode(200).body("id", equalTo(List.of(id)));
        String etag = first.getHeader("ETag");
        assertNotNull(etag, "the list has an ETag");
        given().header("If-None-Match", etag).get(in).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"something-else\"").get(in).then().statusCode(200);
        assertNotEquals(etag, given().get(in + "&level=C").getHeader("ETag"), "another page, another tag");

        asHr().contentType(ContentType.JSON).body(Map.of("reason", "later",
                        "applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(45).toString()))
                .post("/hr/vacancies/" + id + "/amendments").then().statusCode(200);
        Response after = given().header("If-None-Match", etag).get(in);
        after.then().statusCode(200).body("id", equalTo(List.of(id)));
        assertNotEquals(etag, after.getHeader("ETag"));
        given().header("If-None-Match", after.getHeader("ETag")).get(in).then().statusCode(304);
    }
}
