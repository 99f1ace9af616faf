package org.werving.selection.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.werving.infra.DevTokens;
import org.werving.infra.SecurityMatrix;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the service's own OpenAPI document × every identity. An operation without a
 * row here fails the test, so no endpoint ships without a rule. {@link #ALLOWED} means "let in":
 * anything but 401/403 (with random ids a 400/404/409 is expected).
 */
@QuarkusTest
class SecurityMatrixTest {
    static final int ALLOWED = 0;
    static final List<String> IDENTITIES = List.of("anonymous", "hr", "jury", "admin", "dashboard");

    /** operation ("METHOD path") → identity → expected status (ALLOWED = not 401/403). */
    static final Map<String, Map<String, Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        expect("GET /candidacies/{applicationId}", 403, ALLOWED, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/capacity-test", 403, 403, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/stages/{stageOrder}/score", 403, 403, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/screening-override", 403, 403, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/preselection", 403, 403, 403, ALLOWED);
        // a juror is let in; the object-level check (assigned to the stage) follows in the service
        expect("POST /candidacies/{applicationId}/stages/{stageOrder}/jury-scores", ALLOWED, 403, 403, ALLOWED);
        expect("PUT /candidacies/{applicationId}/stages/{stageOrder}/score-sheet", ALLOWED, 403, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/candidacies", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/report", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/report.pdf", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/audit", 403, ALLOWED, 403, ALLOWED);
        expect("PUT /procedures/{vacancyId}/stages/{stageOrder}/jury", 403, 403, 403, ALLOWED);
        // a juror of no procedure: 403 from the object-level check
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/jury", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/candidacies", 403, ALLOWED, 403, ALLOWED);
        expect("POST /procedures/{vacancyId}/stages/{stageOrder}/close", 403, 403, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/close-preview", 403, 403, 403, ALLOWED);
        expect("POST /procedures/{vacancyId}/stages/{stageOrder}/slots", 403, 403, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/slots", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/slots/{slotId}", 403, ALLOWED, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/stages/{stageOrder}/booking", 403, 403, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/stages/{stageOrder}/booking/cancellation", 403, 403, 403, ALLOWED);
        // the job portal's self-service shows the bookable moments (no links, no bookings)
        Map<String, Integer> everyone = new LinkedHashMap<>();
        IDENTITIES.forEach(identity -> everyone.put(identity, ALLOWED));
        EXPECTED.put("GET /procedures/{vacancyId}/stages/{stageOrder}/free-slots", everyone);
    }

    /** anonymous is 401 on these (the only public operation is the list of free slots above). */
    private static void expect(String operation, int jury, int dashboard, int admin, int hr) {
        Map<String, Integer> row = new LinkedHashMap<>();
        row.put("anonymous", 401);
        row.put("hr", hr);
        row.put("jury", jury);
        row.put("admin", admin);
        row.put("dashboard", dashboard);
        EXPECTED.put(operation, row);
    }

    private static RequestSpecification as(String identity) {
        return switch (identity) {
            case "anonymous" -> given();
            case "jury" -> given().auth().oauth2(DevTokens.issue("juror.of.nothing", Duration.ofMinutes(10), "jury"));
            default -> given().auth().oauth2(DevTokens.issue(identity + ".matrix", Duration.ofMinutes(10), identity));
        };
    }

    @Test
    void everyOperationTimesEveryIdentity() {
        Map<String, Object> paths = given().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        SecurityMatrix.Result result = SecurityMatrix.walk(paths, EXPECTED.keySet(), IDENTITIES, (operation, identity) -> {
            RequestSpecification request = as(identity);
            if (operation.hasBody()) {
                request = request.contentType(ContentType.JSON).body("{}");
            }
            return request.request(operation.method(), operation.url()).then().extract().statusCode();
        }, (operation, identity, status) -> {
            int expected = EXPECTED.get(operation.key()).get(identity);
            boolean ok = expected == ALLOWED ? status != 401 && status != 403 : status == expected;
            return ok ? null : operation.key() + " as " + identity + ": " + status + ", expected "
                    + (expected == ALLOWED ? "not 401/403" : expected);
        });
        assertTrue(result.failures().isEmpty(), String.join("\n", result.failures()));
        assertEquals(EXPECTED.keySet().stream().sorted().toList(), result.operations().stream().sorted().toList(),
                "the table names operations the service does not have");
    }

    @Test
    void tamperedTokensAre401() {
        String url = "/procedures/" + UUID.randomUUID() + "/candidacies";
        for (String token : List.of(DevTokens.expired("hr.test", "hr"), DevTokens.wrongIssuer("hr.test", "hr"),
                DevTokens.wrongSignature("hr.test", "hr"), DevTokens.unsigned("hr.test", "hr"))) {
            given().auth().oauth2(token).get(url).then().statusCode(401);
        }
        given().auth().oauth2("not-a-token").get(url).then().statusCode(401);
        // the same request with a good token is let in (404: unknown procedure)
        given().auth().oauth2(DevTokens.issue("hr.test", Duration.ofMinutes(5), "hr")).get(url).then().statusCode(404);
    }
}
