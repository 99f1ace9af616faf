package org.werving.chassis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** One catalogue of problem types: the same failure answers the same way in every service. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void aLostRaceIsOneConflict() {
        for (String kind : new String[] {"stale", "optimistic"}) {
            given().get("/chassis-test/fail/" + kind).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:werving:problem:concurrent-update"))
                    .body("instance", equalTo("/chassis-test/fail/" + kind));
        }
    }

    @Test
    void anUnavailableDatabaseIs503WithRetryAfter() {
        for (String kind : new String[] {"unavailable", "pool"}) {
            given().get("/chassis-test/fail/" + kind).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("urn:werving:problem:unavailable"));
        }
    }

    @Test
    void aServiceRuleKeepsItsType() {
        given().get("/chassis-test/fail/rule").then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:slot-full")).body("detail", equalTo("the slot is full"));
    }

    @Test
    void anythingElseIs500WithoutDetailsOfTheCause() {
        given().get("/chassis-test/fail/other").then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:internal"))
                .body(not(containsString("secret"))).body(not(containsString("Exception")));
    }

    @Test
    void invalidAndMalformedBodiesNameTheField() {
        given().contentType(ContentType.JSON).body("{\"name\": \" \"}").post("/chassis-test/named").then().statusCode(400)
                .body("type", equalTo("urn:werving:problem:validation")).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"name\": [1]}").post("/chassis-test/named").then().statusCode(400)
                .body("type", equalTo("urn:werving:problem:malformed-body")).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/chassis-test/named").then().statusCode(400)
                .body("type", equalTo("urn:werving:problem:malformed-body"));
    }

    @Test
    void bareFrameworkErrorsAreProblemsToo() {
        given().contentType(ContentType.TEXT).body("x").post("/chassis-test/named").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
        given().get("/chassis-test/nothing-here/at-all").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
