package org.werving.reserve.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import org.werving.reserve.Tokens;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The refusals of the reserve API, each as application/problem+json naming the rule. */
@QuarkusTest
class ReserveResourceTest {

    @Test
    void vacancyIdIsRequired() {
        Tokens.asHr().get("/reserves").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("vacancyId"))
                .body("detail", containsString("vacancyId is required"));
        Tokens.asHr().queryParam("vacancyId", " ").get("/reserves").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("vacancyId"));
    }

    @Test
    void vacancyIdMustBeAUuid() {
        Tokens.asHr().queryParam("vacancyId", "2026-017").get("/reserves").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:validation"))
                .body("errors[0].field", equalTo("vacancyId"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void anUnknownVacancyHasAnEmptyReserve() {
        Tokens.asHr().queryParam("vacancyId", UUID.randomUUID().toString()).get("/reserves").then().statusCode(200)
                .contentType("application/json")
                .body("size()", equalTo(0));
    }

    @Test
    void anUnknownEntryIsNotFound() {
        String id = UUID.randomUUID().toString();
        Tokens.asHr().get("/reserves/entries/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo("/reserves/entries/" + id));
        Tokens.asHr().get("/reserves/entries/not-an-id").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:not-found"));
    }

    @Test
    void theReserveIsReadOnly() {
        Tokens.asHr().post("/reserves").then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }
}
