package org.werving.vacancy.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.werving.vacancy.Tokens.asHr;

/** The public portal: Dutch full-text search, filters, stable pages, ETag revalidation. */
@QuarkusTest
class PortalTest {

    private static String published(Map<String, Object> body) {
        String id = asHr().contentType(ContentType.JSON).body(body).post("/hr/vacancies").then().statusCode(201)
                .extract().path("id");
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> body(String title, String directorate) {
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete(title));
        body.put("directorate", directorate);
        body.put("purpose", "Je stuurt een groep leerwerknemers aan op de werkvloer.");
        body.put("competencies", List.of(Map.of("name", "Empathisch handelen",
                "definition", "Je merkt subtiele en onuitgesproken gevoelens op.")));
        body.put("workDomains", List.of("schoonmaak", "groen"));
        body.put("offer", Map.of("contractType", "INDEFINITE"));
        return body;
    }

    @Test
    void dutchStemmingAndFilters() {
        String directorate = "Directie " + UUID.randomUUID();
        String id = published(body("Begeleider leerwerkvloer", directorate));
        String in = "/vacancies?directorate=" + directorate;

        given().get(in + "&q=begeleiders").then().statusCode(200).body("id", hasItem(id));
        given().get(in + "&q=empathische").then().statusCode(200).body("id", hasItem(id)); // competency
        given().get(in + "&q=leerwerknemer").then().statusCode(200).body("id", hasItem(id)); // purpose, singular
        given().get(in + "&q=zwembad").then().statusCode(200).body("id", not(hasItem(id)));
        given().get(in + "&workDomain=groen").then().body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.workDomains", hasItem("schoonmaak"))
                .body("find { it.id == '" + id + "' }.contractType", equalTo("INDEFINITE"));
        given().get(in + "&workDomain=horeca").then().body("id", not(hasItem(id)));
        given().get(in + "&level=B&contractType=INDEFINITE").then().body("id", hasItem(id));
        given().get(in + "&level=A").then().body("id", not(hasItem(id)));
        given().get(in + "&deadlineAfter=" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(60)).then().body("id", not(hasItem(id)));
        given().get(in + "&deadlineAfter=" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).then().body("id", hasItem(id));
        given().get("/vacancies?deadlineAfter=gisteren").then().statusCode(400).body("errors[0].field", equalTo("deadlineAfter"));
        given().get("/vacancies?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/vacancies?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void pagesAreStableAndOrderedByDeadlineThenId() {
        String directorate = "Directie " + UUID.randomUUID();
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = body("Pagina " + i, directorate);
            body.put("applicationDeadline", (i == 2 ? deadline.minusDays(1) : deadline).toString());
            ids.add(published(body));
        }
        String first = ids.get(2); // earliest deadline
        List<String> sameDeadline = new ArrayList<>(ids.subList(0, 2));
        sameDeadline.sort(String::compareTo);

        Response page1 = given().get("/vacancies?size=2&directorate=" + directorate);
        page1.then().statusCode(200);
        assertEquals(List.of(first, sameDeadline.get(0)), page1.jsonPath().getList("id"));
        String next = page1.getHeader("Link");
        assertNotNull(next, "a next link on a full page");
        assertEquals(true, next.contains("page=2") && next.contains("rel=\"next\""), next);
        Response page2 = given().get("/vacancies?size=2&page=2&directorate=" + directorate);
        assertEquals(List.of(sameDeadline.get(1)), page2.jsonPath().getList("id"));
        assertNull(page2.getHeader("Link"), "no next link on the last page");
    }

    @Test
    void etagRevalidationAnswers304UntilTheVacancyChanges() {
        String id = published(body("Etag", "Directie " + UUID.randomUUID()));
        Response first = given().get("/vacancies/" + id);
        first.then().statusCode(200).header("Cache-Control", containsString("max-age=60")).body("internal", nullValue());
        String etag = first.getHeader("ETag");
        assertNotNull(etag);

        given().header("If-None-Match", etag).get("/vacancies/" + id).then().statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"something-else\"").get("/vacancies/" + id).then().statusCode(200);

        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(200);
        Response after = given().header("If-None-Match", etag).get("/vacancies/" + id);
        after.then().statusCode(200).body("status", equalTo("CLOSED"));
        assertNotEquals(etag, after.getHeader("ETag"));
    }
}
