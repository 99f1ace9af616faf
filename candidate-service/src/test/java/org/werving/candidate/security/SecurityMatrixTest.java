package org.werving.candidate.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.infra.DevTokens;
import org.werving.infra.SecurityMatrix;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * Every operation of this service's own OpenAPI document × every identity, against an explicit
 * table of rules. An operation without a rule fails the test, so no endpoint ships without one.
 */
@QuarkusTest
class SecurityMatrixTest {

    /** Who may call an operation. */
    enum Rule {
        /** anyone, also without a token */
        PUBLIC,
        /** staff role hr */
        HR,
        /** staff roles hr or dashboard (anonymous counts only) */
        HR_OR_DASHBOARD,
        /** the candidate's secret link token of that very application (X-Application-Token) */
        CANDIDATE_TOKEN
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("POST /applications", Rule.PUBLIC);
        RULES.put("GET /applications/{id}", Rule.HR);
        RULES.put("GET /applications/{id}/data", Rule.HR);
        RULES.put("GET /applications/{id}/documents/{documentId}", Rule.HR);
        RULES.put("GET /statistics/applications", Rule.HR_OR_DASHBOARD);
        RULES.put("GET /self-service/applications/{id}", Rule.CANDIDATE_TOKEN);
        RULES.put("GET /self-service/applications/{id}/data", Rule.CANDIDATE_TOKEN);
        RULES.put("GET /self-service/applications/{id}/documents/{documentId}", Rule.CANDIDATE_TOKEN);
        RULES.put("POST /self-service/applications/{id}/withdrawal", Rule.CANDIDATE_TOKEN);
        RULES.put("POST /self-service/applications/{id}/erasure", Rule.CANDIDATE_TOKEN);
        RULES.put("POST /self-service/applications/{id}/booking-requests", Rule.CANDIDATE_TOKEN);
        RULES.put("POST /self-service/applications/{id}/booking-cancellations", Rule.CANDIDATE_TOKEN);
        RULES.put("GET /self-service/applications/{id}/letters", Rule.CANDIDATE_TOKEN);
        RULES.put("GET /self-service/applications/{id}/letters/{letterId}", Rule.CANDIDATE_TOKEN);
        RULES.put("GET /applications/{id}/letters", Rule.HR);
        RULES.put("GET /applications/{id}/letters/{letterId}", Rule.HR);
        RULES.put("DELETE /self-service/applications/{id}/token", Rule.CANDIDATE_TOKEN);
    }

    record Identity(String name, Function<RequestSpecification, RequestSpecification> apply) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyOperationAnswersEveryIdentityAsTheTableSays() {
        String candidateToken = tokenOfAnotherApplication();
        String hr = DevTokens.issue("hr.matrix", Duration.ofHours(1), "hr");
        String jury = DevTokens.issue("juror.of.no.procedure", Duration.ofHours(1), "jury");
        String admin = DevTokens.issue("admin.matrix", Duration.ofHours(1), "admin");
        String dashboard = DevTokens.issue("dashboard.matrix", Duration.ofHours(1), "dashboard");
        List<Identity> identities = List.of(
                new Identity("anonymous", r -> r),
                new Identity("hr", r -> r.auth().oauth2(hr)),
                new Identity("jury", r -> r.auth().oauth2(jury)),
                new Identity("admin", r -> r.auth().oauth2(admin)),
                new Identity("dashboard", r -> r.auth().oauth2(dashboard)),
                new Identity("candidate-of-another-application", r -> r.header("X-Application-Token", candidateToken)));

        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        SecurityMatrix.Result result = SecurityMatrix.walk(paths, RULES.keySet(), identities,
                operation -> fail("operation " + operation + " has no rule in the security matrix"),
                (operation, identity) -> {
                    RequestSpecification request = identity.apply().apply(given());
                    if (operation.hasBody()) {
                        request = request.contentType(ContentType.JSON).body("{}");
                    }
                    return request.request(operation.method(), operation.url()).statusCode();
                },
                (operation, identity, status) -> {
                    String verdict = judge(RULES.get(operation.key()), identity.name(), status);
                    return verdict == null ? null : operation.key() + " as " + identity.name() + ": " + status + " (" + verdict + ")";
                });
        assertTrue(result.failures().isEmpty(), String.join("\n", result.failures()));
        assertEquals(RULES.size() * identities.size(), result.checked(), "every rule belongs to an operation of the document");
    }

    /** null when the status is what the rule expects, else what was expected. */
    static String judge(Rule rule, String identity, int status) {
        boolean anonymous = identity.equals("anonymous");
        boolean candidate = identity.startsWith("candidate");
        boolean allowed = switch (rule) {
            case PUBLIC -> true;
            case HR -> identity.equals("hr");
            case HR_OR_DASHBOARD -> identity.equals("hr") || identity.equals("dashboard");
            case CANDIDATE_TOKEN -> false; // a token of another application never opens this one
        };
        if (status >= 500) {
            return "server error";
        }
        if (allowed) {
            return status == 401 || status == 403 ? "expected access" : null;
        }
        if (rule == Rule.CANDIDATE_TOKEN) {
            int expected = candidate ? 404 : 401; // staff have no candidate token: unauthenticated here
            return status == expected ? null : "expected " + expected;
        }
        int expected = anonymous || candidate ? 401 : 403;
        return status == expected ? null : "expected " + expected;
    }

    @Test
    void tamperedTokensAre401() {
        String url = "/applications/" + UUID.randomUUID();
        for (String token : List.of(DevTokens.expired("hr.test", "hr"), DevTokens.wrongIssuer("hr.test", "hr"),
                DevTokens.wrongSignature("hr.test", "hr"), DevTokens.unsigned("hr.test", "hr"))) {
            given().auth().oauth2(token).get(url).then().statusCode(401);
        }
        given().auth().oauth2(DevTokens.issue("hr.test", Duration.ofMinutes(5), "hr")).get(url).then().statusCode(404);
    }

    private String tokenOfAnotherApplication() {
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Matrixvacature", Broker.now().plusDays(10));
            return given().contentType(ContentType.JSON).body(application(vacancy, uniqueEmail("matrix")))
                    .post("/applications").then().statusCode(201).extract().path("accessToken");
        }
    }
}
