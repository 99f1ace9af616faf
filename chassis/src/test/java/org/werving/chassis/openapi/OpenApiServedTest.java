package org.werving.chassis.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A Quarkus application that uses the chassis picks the filter up by itself (no configuration of its own) and serves
 * the filtered document at /q/openapi: the document Swagger UI shows, with the bearer scheme for its Authorize dialog.
 */
@QuarkusTest
class OpenApiServedTest {
    @Test
    void theServedDocumentHasTheBearerSchemeTheProblemSchemaAndTheErrorResponses() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.Problem.required", hasItems("type", "title", "status"))
                .body("paths.'/chassis-test/named'.post.operationId", equalTo("named"))
                .body("paths.'/chassis-test/named'.post.responses.'415'.$ref",
                        equalTo("#/components/responses/UnsupportedMediaType"))
                .body("paths.'/chassis-test/named'.post.responses.'503'.$ref",
                        equalTo("#/components/responses/ServiceUnavailable"))
                .body("paths.'/chassis-test/named'.post.security", notNullValue());
    }
}
