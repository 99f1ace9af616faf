package org.werving.reserve.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.werving.infra.DevTokens;
import org.werving.infra.SecurityMatrix;
import org.werving.reserve.Tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every operation of this service's own OpenAPI document against every identity and
 * checks the status against the explicit table below. An operation missing from the table fails
 * the test, so a new endpoint cannot ship without a rule.
 */
@QuarkusTest
class SecurityMatrixTest {
    /** HR_WRITE: hr only; READ: hr and dashboard (the brief: reads and CSV export for hr and dashboard). */
    enum Rule { HR_WRITE, READ }

    /** Every operation of the service and who may call it. */
    static final Map<String, Rule> TABLE = Map.ofEntries(
            Map.entry("GET /reserves", Rule.READ),
            Map.entry("GET /reserves/active", Rule.READ),
            Map.entry("GET /reserves/entries/{entryId}", Rule.READ),
            Map.entry("GET /reserves/entries/{entryId}/history", Rule.READ),
            Map.entry("GET /reserves/{reserveId}", Rule.READ),
            Map.entry("GET /reserves/{reserveId}/export", Rule.READ),
            Map.entry("GET /reserves/{reserveId}/next", Rule.READ),
            Map.entry("GET /reserves/{reserveId}/appointments/{appointmentId}", Rule.READ),
            Map.entry("POST /reserves/{reserveId}/extensions", Rule.HR_WRITE),
            Map.entry("POST /reserves/{reserveId}/ending", Rule.HR_WRITE),
            Map.entry("POST /reserves/{reserveId}/appointments", Rule.HR_WRITE),
            Map.entry("POST /reserves/{reserveId}/declines", Rule.HR_WRITE),
            Map.entry("GET /dashboard/funnels", Rule.READ),
            Map.entry("GET /dashboard/funnels/{vacancyId}", Rule.READ),
            Map.entry("GET /dashboard/funnels.csv", Rule.READ));

    /** Identities: name -> how to send the request. */
    static final Map<String, Supplier<RequestSpecification>> IDENTITIES = new LinkedHashMap<>();
    static {
        IDENTITIES.put("anonymous", () -> given());
        // This service has no candidate tokens: a candidate's link token counts for nothing here.
        IDENTITIES.put("candidate-of-another-application", () -> given().header("X-Application-Token", UUID.randomUUID().toString()));
        IDENTITIES.put("hr", () -> Tokens.as("hr.matrix", "hr"));
        IDENTITIES.put("jury-of-no-procedure", () -> Tokens.as("juror.none", "jury"));
        IDENTITIES.put("admin", () -> Tokens.as("admin.matrix", "admin"));
        IDENTITIES.put("dashboard", () -> Tokens.as("dashboard.matrix", "dashboard"));
    }

    static boolean allowed(Rule rule, String identity) {
        return switch (rule) {
            case HR_WRITE -> identity.equals("hr");
            case READ -> Set.of("hr", "dashboard").contains(identity);
        };
    }

    static boolean authenticated(String identity) {
        return !identity.equals("anonymous") && !identity.equals("candidate-of-another-application");
    }

    @Test
    void everyOperationAnswersEveryIdentityAsTheTableSays() {
        Map<String, Object> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        SecurityMatrix.Result result = SecurityMatrix.walk(paths, TABLE.keySet(), IDENTITIES.keySet(),
                (operation, who) -> call(IDENTITIES.get(who).get(), operation), SecurityMatrixTest::failure);
        assertTrue(result.failures().isEmpty(), String.join("\n", result.failures()));
        assertEquals(TABLE.size() * IDENTITIES.size(), result.checked(), "every operation of the table is in the OpenAPI document");
    }

    /** null when the status is what the table expects of the identity, else the failure line. */
    static String failure(SecurityMatrix.Operation operation, String who, int status) {
        String key = operation.key();
        if (allowed(TABLE.get(key), who)) {
            return status == 401 || status == 403 ? key + " as " + who + ": " + status + ", expected access" : null;
        }
        int expected = authenticated(who) ? 403 : 401;
        return status == expected ? null : key + " as " + who + ": " + status + ", expected " + expected;
    }

    @Test
    void tamperedTokensAre401() {
        String url = "/reserves/" + UUID.randomUUID();
        for (String token : List.of(DevTokens.expired("hr.test", "hr"), DevTokens.wrongIssuer("hr.test", "hr"),
                DevTokens.wrongSignature("hr.test", "hr"), DevTokens.unsigned("hr.test", "hr"))) {
            given().auth().oauth2(token).get(url).then().statusCode(401);
        }
        // the same request with a good token reaches the resource (404: no such reserve)
        Tokens.asHr().get(url).then().statusCode(404);
    }

    private static int call(RequestSpecification request, SecurityMatrix.Operation operation) {
        if (operation.hasBody()) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(operation.method(), operation.url()).statusCode();
    }
}
