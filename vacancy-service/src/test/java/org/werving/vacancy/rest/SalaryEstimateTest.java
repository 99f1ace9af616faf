package org.werving.vacancy.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The salary estimate reproduces the postings' figures and applies the 18-year cap on private experience. */
@QuarkusTest
class SalaryEstimateTest {

    @Test
    void postingFiguresMinimumAndEighteenYears() {
        given().get("/salary-estimate?scale=B1-B3").then().statusCode(200)
                .body("monthlyGross", equalTo(3120.78f)).body("countedYears", equalTo(0))
                .body("currency", equalTo("EUR")).body("indexationDate", equalTo("2025-05-01"));
        given().get("/salary-estimate?scale=B1-B3&privateYears=18").then().statusCode(200)
                .body("monthlyGross", equalTo(4807.44f)).body("countedYears", equalTo(18));
    }

    @Test
    void privateExperienceIsCappedAtEighteenYearsPublicIsNot() {
        given().get("/salary-estimate?scale=B1-B3&privateYears=25").then().statusCode(200)
                .body("monthlyGross", equalTo(4807.44f)).body("countedYears", equalTo(18))
                .body("privateYearsCounted", equalTo(18));
        given().get("/salary-estimate?scale=B1-B3&publicYears=25").then().statusCode(200)
                .body("countedYears", equalTo(25)).body("publicYearsCounted", equalTo(25));
        given().get("/salary-estimate?scale=B1-B3&privateYears=30&publicYears=5").then().statusCode(200)
                .body("countedYears", equalTo(23));
        // beyond the table's last step (27): the last step, flagged
        given().get("/salary-estimate?scale=B1-B3&publicYears=40").then().statusCode(200)
                .body("countedYears", equalTo(40)).body("lastStepYears", equalTo(27))
                .body("beyondLastStep", equalTo(true))
                .body("monthlyGross", equalTo(given().get("/salary-estimate?scale=B1-B3&publicYears=27")
                        .then().extract().path("monthlyGross")));
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        given().get("/salary-estimate?scale=B1-B3&privateYears=-1").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("privateYears"));
        given().get("/salary-estimate?scale=B1-B3&publicYears=-3").then().statusCode(400)
                .body("errors.field", hasItem("publicYears"));
        given().get("/salary-estimate?scale=Z9-Z9").then().statusCode(400)
                .body("errors.field", hasItem("scale"));
        given().get("/salary-estimate").then().statusCode(400).body("errors.field", hasItem("scale"));
        given().get("/salary-estimate?scale=B1-B3&privateYears=veel").then().statusCode(400)
                .body("errors.field", hasItem("privateYears"));
    }

    @Test
    void anAdministratorLoadsANewIndexationWithoutCodeChanges() {
        String table = """
                {"steps":[{"years":0,"monthlyGross":1000.00},{"years":2,"monthlyGross":1200.50}]}""";
        given().auth().oauth2(org.werving.vacancy.Tokens.token("hr.test", "hr")).contentType("application/json").body(table)
                .put("/admin/salary-scales/T1-T2/2025-01-01").then().statusCode(403);
        given().auth().oauth2(org.werving.vacancy.Tokens.token("admin.test", "admin")).contentType("application/json").body(table)
                .put("/admin/salary-scales/T1-T2/2025-01-01").then().statusCode(200);
        given().get("/salary-estimate?scale=T1-T2&privateYears=1").then().statusCode(200)
                .body("monthlyGross", equalTo(1000.00f)).body("indexationDate", equalTo("2025-01-01"));
        given().get("/salary-estimate?scale=T1-T2&publicYears=5").then().statusCode(200)
                .body("monthlyGross", equalTo(1200.50f)).body("beyondLastStep", equalTo(true));
        // a table for a future indexation is not in force yet
        given().auth().oauth2(org.werving.vacancy.Tokens.token("admin.test", "admin")).contentType("application/json")
                .body("{\"steps\":[{\"years\":0,\"monthlyGross\":9999.00}]}")
                .put("/admin/salary-scales/T1-T2/2999-01-01").then().statusCode(200);
        given().get("/salary-estimate?scale=T1-T2").then().body("monthlyGross", equalTo(1000.00f));
        given().auth().oauth2(org.werving.vacancy.Tokens.token("admin.test", "admin")).contentType("application/json")
                .body("{\"steps\":[{\"years\":0,\"monthlyGross\":-1}]}")
                .put("/admin/salary-scales/T1-T2/2025-01-01").then().statusCode(400);
        given().auth().oauth2(org.werving.vacancy.Tokens.token("hr.test", "hr")).get("/admin/salary-scales").then().statusCode(200)
                .body("find { it.scale == 'B1-B3' && it.indexationDate == '2025-05-01' }.steps[18].monthlyGross", equalTo(4807.44f));
    }
}
