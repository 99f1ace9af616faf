package org.werving.chassis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A service's {@code ProblemWording} words the problems of both layers, on its paths only (the test app's
 * {@code TestWording}: the title names the layer and the method); type, status and fields stay the chassis'.
 */
@QuarkusTest
class ProblemWordingTest {

    @Test
    void theProblemMappersConsultTheWordingAndSayItsLanguage() {
        given().get("/chassis-test/worded/rule").then().statusCode(409).contentType("application/problem+json")
                .header("Content-Language", "nl")
                .body("type", equalTo("urn:werving:problem:slot-full"))
                .body("title", equalTo("RESOURCE GET: Conflict with the current state"))
                .body("instance", equalTo("/chassis-test/worded/rule"));
        given().get("/chassis-test/worded/unavailable").then().statusCode(503).header("Retry-After", equalTo("5"))
                .header("Content-Language", "nl").body("title", equalTo("RESOURCE GET: Service unavailable"));
        given().get("/chassis-test/worded/other").then().statusCode(500).header("Content-Language", "nl")
                .body("type", equalTo("urn:werving:problem:internal"))
                .body("title", equalTo("RESOURCE GET: Internal error"));
    }

    @Test
    void aBareStatusIsWordedToo() {
        given().contentType(ContentType.JSON).body("{}").post("/chassis-test/worded/rule").then().statusCode(405)
                .contentType("application/problem+json").header("Content-Language", "nl")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("RESOURCE POST: Method Not Allowed"));
    }

    @Test
    void theHttpLayerConsultsTheSameWording() {
        given().urlEncodingEnabled(false).get("/chassis-test/worded/a%01").then().statusCode(400)
                .header("Content-Language", "nl")
                .body("type", equalTo("urn:werving:problem:validation"))
                .body("title", equalTo("HTTP GET: Invalid request"))
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void otherPathsKeepTheChassisWordsWithoutALanguage() {
        given().get("/chassis-test/fail/rule").then().statusCode(409).header("Content-Language", nullValue())
                .body("title", equalTo("Conflict with the current state"));
        given().contentType(ContentType.TEXT).body("x").post("/chassis-test/named").then().statusCode(415)
                .header("Content-Language", nullValue()).body("title", equalTo("Unsupported Media Type"));
    }
}
