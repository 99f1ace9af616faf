package org.werving.chassis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the HTTP layer and the JSON reader refuse before a resource runs (issue 13): every refusal is
 * problem+json and names the field; values just inside the bounds still pass.
 */
@QuarkusTest
class StrictInputTest {
    private static final String VALID = "{\"text\":\"a\\tb\\nc é 😀\",\"words\":[\"x\"],\"amount\":1e300,"
            + "\"day\":\"9999-12-31\",\"moment\":\"0001-01-01T00:00:00Z\"}";

    @Test
    void valuesInsideTheBoundsPass() {
        given().contentType(ContentType.JSON).body(VALID).post("/chassis-test/kinds").then().statusCode(200)
                .body(equalTo("a\tb\nc é 😀"));
    }

    @Test
    void controlCharactersBrokenCharactersInfinityFarDatesAndNullElementsNameTheirField() {
        refused(VALID.replace("a\\tb", "a\\u0000b"), "text");
        refused(VALID.replace("a\\tb", "a\\u001bb"), "text");
        refused(VALID.replace("a\\tb", "a\\ud800b"), "text");
        refused(VALID.replace("[\"x\"]", "[null]"), "words[0]");
        refused(VALID.replace("[\"x\"]", "[\"\\u0007\"]"), "words[0]");
        refused(VALID.replace("1e300", "1e400"), "amount");
        refused(VALID.replace("1e300", "\"NaN\""), "amount");
        refused(VALID.replace("9999-12-31", "+10000-01-01"), "day");
        refused(VALID.replace("0001-01-01T00:00:00Z", "-0001-12-31T00:00:00Z"), "moment");
        refused(VALID.replace("0001-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z"), "moment");
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/chassis-test/kinds").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:malformed-body"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void aControlCharacterInThePathOrAQueryIsRefusedByName() {
        given().urlEncodingEnabled(false).get("/chassis-test/echo/a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).get("/chassis-test/echo/a?q=x%07").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/chassis-test/echo/a?q=%C3%A9%20x%0Ay").then().statusCode(200)
                .body(equalTo("aé x\ny"));
    }

    @Test
    void aDateParameterOutsideTheYearsOrNotADateIsRefusedByName() {
        given().get("/chassis-test/day/9999-12-31?until=0001-01-01").then().statusCode(200)
                .body(equalTo("9999-12-31/0001-01-01"));
        given().urlEncodingEnabled(false).get("/chassis-test/day/%2B999999999-12-31").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("day"));
        given().get("/chassis-test/day/2026-01-01?until=2026-02-30").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("until"));
    }

    @Test
    void anOverlongRequestLineHeaderOrBodyIsProblemJson() {
        given().get("/chassis-test/echo/a?q=" + "x".repeat(20_000)).then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo("urn:werving:problem:request-too-long"));
        given().header("X-Big", "x".repeat(40_000)).get("/chassis-test/echo/a").then().statusCode(431)
                .contentType("application/problem+json").body("type", equalTo("urn:werving:problem:headers-too-large"));
        given().contentType(ContentType.JSON).body(new byte[11 * 1024 * 1024]).post("/chassis-test/kinds")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:body-too-large"));
    }
}
