package org.werving.selection.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.werving.infra.DevTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
        // a juror is let in; the object-level check (assigned to the stage) follows in the service
        expect("POST /candidacies/{applicationId}/stages/{stageOrder}/jury-scores", ALLOWED, 403, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/candidacies", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/report", 403, ALLOWED, 403, ALLOWED);
        expect("PUT /procedures/{vacancyId}/stages/{stageOrder}/jury", 403, 403, 403, ALLOWED);
        // a juror of no procedure: 403 from the object-level check
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/jury", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/candidacies", 403, ALLOWED, 403, ALLOWED);
        expect("POST /procedures/{vacancyId}/stages/{stageOrder}/close", 403, 403, 403, ALLOWED);
        expect("POST /procedures/{vacancyId}/stages/{stageOrder}/slots", 403, 403, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/slots", 403, ALLOWED, 403, ALLOWED);
        expect("GET /procedures/{vacancyId}/stages/{stageOrder}/slots/{slotId}", 403, ALLOWED, 403, ALLOWED);
        expect("POST /candidacies/{applicationId}/stages/{stageOrder}/booking", 403, 403, 403, ALLOWED);
    }

    /** anonymous is always 401 on these (no public operation in selection-service). */
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
    void everyOperationTimesEveryIdentity() throws Exception {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        List<String> failures = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> op = methods.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String key = method + " " + path.getKey();
                seen.add(key);
                Map<String, Integer> row = EXPECTED.get(key);
                if (row == null) {
                    failures.add(key + ": no rule in the expectation table");
                    continue;
                }
                String url = fill(path.getKey(), op.getValue(), path.getValue());
                for (String identity : IDENTITIES) {
                    RequestSpecification request = as(identity);
                    if (method.equals("POST") || method.equals("PUT")) {
                        request = request.contentType(ContentType.JSON).body("{}");
                    }
                    int status = request.request(method, url).then().extract().statusCode();
                    int expected = row.get(identity);
                    boolean ok = expected == ALLOWED ? status != 401 && status != 403 : status == expected;
                    if (!ok) {
                        failures.add(key + " as " + identity + ": " + status + ", expected "
                                + (expected == ALLOWED ? "not 401/403" : expected));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(EXPECTED.keySet().stream().sorted().toList(), seen.stream().sorted().toList(),
                "the table names operations the service does not have");
    }

    /** Path parameters: a number for integer parameters, a random UUID otherwise. */
    private static String fill(String template, JsonNode operation, JsonNode pathItem) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode parameters : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : parameters) {
                types.put(p.path("name").asText(), p.path("schema").path("type").asText());
            }
        }
        String url = template;
        for (Map.Entry<String, String> t : types.entrySet()) {
            String value = "integer".equals(t.getValue()) || "number".equals(t.getValue()) ? "1"
                    : UUID.randomUUID().toString();
            url = url.replace("{" + t.getKey() + "}", value);
        }
        if (url.contains("{")) {
            fail("unfilled path parameter in " + template);
        }
        return url;
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
