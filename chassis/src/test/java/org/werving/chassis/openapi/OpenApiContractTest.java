package org.werving.chassis.openapi;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chassis' OpenAPI filter on a small document shaped like the ones Quarkus generates for the services. */
class OpenApiContractTest {
    private static final String DOCUMENT = """
            openapi: 3.1.0
            info: {title: demo, version: "1"}
            components:
              securitySchemes:
                SecurityScheme: {type: openIdConnect, description: Authentication}
            paths:
              /vacancies:
                get:
                  operationId: list
                  parameters: [{name: q, in: query, schema: {type: string}}]
                  responses: {"200": {description: OK}}
                post:
                  operationId: create
                  requestBody: {content: {application/json: {schema: {type: object}}}}
                  security: [{SecurityScheme: [hr, admin]}]
                  responses: {"201": {description: Created}, "401": {description: Not Authorized}}
              /hr/vacancies:
                get:
                  operationId: list
                  security: [{SecurityScheme: [hr]}]
                  responses: {"200": {description: OK}}
              /vacancies/{id}/applications:
                post:
                  operationId: apply
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  requestBody: {content: {multipart/form-data: {schema: {type: object}}}}
                  responses: {"202": {description: Accepted}, "422": {description: The vacancy is closed}}
            """;

    private static SmallRyeOpenAPI filtered() {
        return SmallRyeOpenAPI.builder().withConfig(ConfigProvider.getConfig())
                .withCustomStaticFile(() -> new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)))
                .enableAnnotationScan(false).enableModelReader(false).enableStandardStaticFiles(false)
                .enableStandardFilter(false).withFilters(List.of(new OpenApiContract())).build();
    }

    private static Operation operation(OpenAPI api, String path, String method) {
        var item = api.getPaths().getPathItem(path);
        return method.equals("GET") ? item.getGET() : item.getPOST();
    }

    private static Set<String> statuses(Operation operation) {
        return new TreeSet<>(operation.getResponses().getAPIResponses().keySet());
    }

    @Test
    void bearerReplacesTheSchemeWithoutUrlAndPublicOperationsSaySo() {
        SmallRyeOpenAPI result = filtered();
        OpenAPI api = result.model();
        var schemes = api.getComponents().getSecuritySchemes();
        assertEquals(Set.of("bearer"), schemes.keySet());
        assertEquals(SecurityScheme.Type.HTTP, schemes.get("bearer").getType());
        assertEquals("bearer", schemes.get("bearer").getScheme());
        assertEquals("JWT", schemes.get("bearer").getBearerFormat());
        assertEquals(List.of("hr", "admin"), operation(api, "/vacancies", "POST").getSecurity().get(0).getScheme("bearer"));
        assertEquals(List.of(), operation(api, "/vacancies", "GET").getSecurity());
        assertTrue(result.toYAML().contains("security: []"), "a public operation says so in the document");
    }

    @Test
    void operationIdsAreUniqueAndKeptWhereTheyAlreadyAre() {
        OpenAPI api = filtered().model();
        assertEquals("listVacancies", operation(api, "/vacancies", "GET").getOperationId());
        assertEquals("listHrVacancies", operation(api, "/hr/vacancies", "GET").getOperationId());
        assertEquals("create", operation(api, "/vacancies", "POST").getOperationId());
        assertEquals("apply", operation(api, "/vacancies/{id}/applications", "POST").getOperationId());
    }

    @Test
    void theErrorResponsesAClientCanGetAreDocumentedAsProblems() {
        OpenAPI api = filtered().model();
        assertEquals(Set.of("200", "400", "503"), statuses(operation(api, "/vacancies", "GET")));
        assertEquals(Set.of("201", "400", "401", "403", "409", "415", "503"), statuses(operation(api, "/vacancies", "POST")));
        assertEquals(Set.of("200", "401", "403", "503"), statuses(operation(api, "/hr/vacancies", "GET")));
        assertEquals(Set.of("202", "400", "404", "409", "415", "422", "429", "503"),
                statuses(operation(api, "/vacancies/{id}/applications", "POST")));

        var apply = operation(api, "/vacancies/{id}/applications", "POST").getResponses();
        assertEquals("#/components/responses/TooManyRequests", apply.getAPIResponse("429").getRef());
        assertEquals("The vacancy is closed", apply.getAPIResponse("422").getDescription(), "the service's words stay");
        assertEquals("#/components/schemas/Problem", apply.getAPIResponse("422").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        var unauthorized = operation(api, "/vacancies", "POST").getResponses().getAPIResponse("401");
        assertEquals("Not Authorized", unauthorized.getDescription());
        assertTrue(unauthorized.getContent().hasMediaType("application/problem+json"));
    }

    @Test
    void theProblemSchemaIsRfc9457WithTheFieldsAtFault() {
        var components = filtered().model().getComponents();
        var problem = components.getSchemas().get("Problem");
        assertEquals(List.of("type", "title", "status"), problem.getRequired());
        assertEquals(Set.of("type", "title", "status", "detail", "instance", "errors"), problem.getProperties().keySet());
        assertEquals("#/components/schemas/FieldError", problem.getProperties().get("errors").getItems().getRef());
        assertEquals(Set.of("field", "message"), components.getSchemas().get("FieldError").getProperties().keySet());
        var unavailable = components.getResponses().get("ServiceUnavailable");
        assertTrue(unavailable.getHeaders().containsKey("Retry-After"));
        assertTrue(unavailable.getContent().getMediaType("application/problem+json").getExample() != null);
        assertNull(components.getResponses().get("BadRequest").getHeaders());
        assertNull(components.getResponses().get("UnprocessableContent"), "a response no operation gets is left out");
    }

    @Test
    void pathWordsNameTheFixedSegments() {
        assertEquals("HrVacanciesPublish", OperationIds.pathWords("/hr/vacancies/{id}/publish"));
        assertEquals("SelfServiceApplicationsBookingRequests",
                OperationIds.pathWords("/self-service/applications/{id}/booking-requests"));
        assertEquals("Root", OperationIds.pathWords("/{id}"));
        assertEquals(List.of("getX", "getVacancies", "getVacancies2", "apply"), OperationIds.unique(List.of(
                new OperationIds.Key("get", "GET", "/x"), new OperationIds.Key(null, "GET", "/vacancies"),
                new OperationIds.Key("get", "GET", "/vacancies/{id}"), new OperationIds.Key("apply", "POST", "/a"))),
                "a shared name gets its path; a method without an id gets its HTTP method; one still shared a number");
    }
}
