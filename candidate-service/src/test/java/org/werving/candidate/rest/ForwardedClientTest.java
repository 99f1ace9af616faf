package org.werving.candidate.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * The rate limiter counts the client behind a trusted proxy (issue 16). The tests run on loopback,
 * which the default configuration trusts (the web runs there locally): X-Forwarded-For names the client.
 * An application for an unknown vacancy answers 404 once it is past the limiter, 429 when it is not.
 */
@QuarkusTest
class ForwardedClientTest {
    static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    @Inject
    RateLimiter limiter;

    @AfterEach
    void forget() {
        limiter.reset();
    }

    static ValidatableResponse applyFrom(String forwardedFor) {
        var request = given().contentType(ContentType.JSON).body(application(UUID.randomUUID(), uniqueEmail("fwd")));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.post("/applications").then();
    }

    @Test
    void theForwardedClientIsCountedWhenThePeerIsTrusted() {
        limiter.exhaust(RateLimiter.APPLY, "203.0.113.7");

        applyFrom("203.0.113.7").statusCode(429).contentType("application/problem+json")
                .body("title", equalTo("Te veel aanvragen"))
                .body("detail", containsString("Probeer het over"))
                .body("detail", containsString("seconden opnieuw"));
    }

    @Test
    void theTrustedPeerItselfIsNotCountedForTheClientsItForwards() {
        LOOPBACK.forEach(address -> limiter.exhaust(RateLimiter.APPLY, address));

        applyFrom("203.0.113.20").statusCode(404);
        applyFrom(null).statusCode(429);
    }

    @Test
    void twoForwardedClientsHaveTheirOwnLimit() {
        limiter.exhaust(RateLimiter.APPLY, "198.51.100.1");

        applyFrom("198.51.100.1").statusCode(429);
        applyFrom("198.51.100.2").statusCode(404);
        applyFrom("198.51.100.2").statusCode(404);
        applyFrom("198.51.100.1").statusCode(429);
    }

    @Test
    void theFirstAddressOfAForwardedChainIsTheClient() {
        limiter.exhaust(RateLimiter.APPLY, "203.0.113.30");

        applyFrom("203.0.113.30, 10.0.0.5").statusCode(429);
        applyFrom("203.0.113.31, 10.0.0.5").statusCode(404);
    }
}
