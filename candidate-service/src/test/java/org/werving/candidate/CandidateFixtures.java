package org.werving.candidate;

import io.restassured.specification.RequestSpecification;
import org.werving.infra.DevTokens;

import java.time.Duration;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Application bodies. */
public final class CandidateFixtures {
    private CandidateFixtures() {
    }

    public static Map<String, Object> application(UUID vacancyId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId.toString());
        body.put("firstName", "An");
        body.put("lastName", "Peeters");
        body.put("email", email);
        body.put("internal", false);
        body.put("diplomaLevel", "B");
        body.put("relevantExperienceMonths", 30);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        return body;
    }

    /** A request of an HR selection officer (role hr), with a real signed development token. */
    public static RequestSpecification asHr() {
        return io.restassured.RestAssured.given().auth().oauth2(HR_TOKEN);
    }

    public static final String HR_TOKEN = DevTokens.issue("hr.test", Duration.ofHours(2), "hr");

    public static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
