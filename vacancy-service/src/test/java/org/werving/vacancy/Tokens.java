package org.werving.vacancy;

import io.restassured.specification.RequestSpecification;
import org.werving.infra.DevTokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;

/** Real signed development tokens for the tests. */
public final class Tokens {
    private Tokens() {
    }

    public static String token(String subject, String... roles) {
        return DevTokens.issue(subject, Duration.ofHours(1), roles);
    }

    public static RequestSpecification asHr() {
        return given().auth().oauth2(token("hr.test", "hr"));
    }

    public static RequestSpecification as(String subject, String... roles) {
        return given().auth().oauth2(token(subject, roles));
    }
}
