package org.werving.vacancy.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served OpenAPI document names the answers a client of vacancy-service can get: 422 vacancy-incomplete on
 * publication and amendment, 409 on every lifecycle step, 304 on the portal's revalidation; every error answer is
 * problem+json (its own content or one of the chassis' shared responses).
 */
@QuarkusTest
class OpenApiResponsesTest {
    private static final String PROBLEM = "application/problem+json";

    private static JsonPath document() {
        return given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void publicationAndAmendmentDocumentTheirIncompleteVacancyAsProblemJson() {
        JsonPath doc = document();
        for (String path : List.of("/hr/vacancies/{id}/publish", "/hr/vacancies/{id}/amendments")) {
            Map<String, Object> response = doc.getMap("paths.'" + path + "'.post.responses.'422'");
            assertNotNull(response, path + " documents 422");
            assertTrue(String.valueOf(response.get("description")).contains("vacancy-incomplete"), path);
            assertEquals("#/components/schemas/Problem",
                    doc.getString("paths.'" + path + "'.post.responses.'422'.content.'" + PROBLEM + "'.schema.$ref"), path);
            assertNotNull(doc.getMap("paths.'" + path + "'.post.responses.'200'.content.'application/json'"), path);
        }
        for (String step : List.of("publish", "close", "filled", "archive", "amendments")) {
            assertNotNull(doc.getMap("paths.'/hr/vacancies/{id}/" + step + "'.post.responses.'409'.content.'" + PROBLEM + "'"), step);
        }
    }

    @Test
    void thePortalDocumentsRevalidation() {
        JsonPath doc = document();
        assertNotNull(doc.getMap("paths.'/vacancies'.get.responses.'304'"));
        assertNotNull(doc.getMap("paths.'/vacancies'.get.responses.'200'.headers.ETag"));
        assertNotNull(doc.getMap("paths.'/vacancies/{id}'.get.responses.'304'"));
        assertEquals("array", doc.getString("paths.'/vacancies'.get.responses.'200'.content.'application/json'.schema.type"));
    }

    @Test
    void everyErrorAnswerIsProblemJson() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> bare = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            Map<String, Map<String, Object>> responses = doc.getMap("paths.'" + path + "'." + method + ".responses");
            responses.forEach((status, response) -> {
                boolean error = status.startsWith("4") || status.startsWith("5");
                Object content = response.get("content");
                boolean problem = response.containsKey("$ref")
                        || content instanceof Map<?, ?> media && media.containsKey(PROBLEM);
                if (error && !problem) {
                    bare.add(method + " " + path + " " + status);
                }
            });
        }));
        assertTrue(bare.isEmpty(), "error answers without problem+json: " + bare);
        assertTrue(paths.size() >= 10, "the document lists vacancy-service's paths");
    }
}
