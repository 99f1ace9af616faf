package org.werving.chassis.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document says the same way, applied at build time (so the document the build
 * stores in target/openapi and the one /q/openapi serves are the same):
 * <ul>
 * <li>a bearer (JWT) security scheme {@code bearer}, which Swagger UI's Authorize dialog fills in; the operations'
 * requirements refer to it with their roles, and a public operation says {@code security: []};</li>
 * <li>unique operationIds ({@link OperationIds});</li>
 * <li>the problem+json schema and the error responses a client can get, as {@code #/components/responses}: 400
 * (parameters or a body), 401 and 403 (secured), 404 (a path parameter), 409 (a write), 415 (a body), 429 (a
 * public write: rate limited per client address), 503 (always: the database or broker unavailable); a service's
 * own response of any error status gets problem+json content where it has none.</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {
    static final String BEARER = "bearer";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Set<String> replaced = replaceSecuritySchemes(components);
        ProblemResponses.addTo(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<OperationIds.Key> keys = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            keys.add(new OperationIds.Key(operation.getOperationId(), method.name(), path));
            operations.add(operation);
            document(path, method, operation, replaced);
        }));
        List<String> ids = OperationIds.unique(keys);
        for (int i = 0; i < operations.size(); i++) {
            operations.get(i).setOperationId(ids.get(i));
        }
        dropUnusedStandardResponses(components, operations);
    }

    /** A standard response no operation of this service can get is left out of its document. */
    private static void dropUnusedStandardResponses(Components components, List<Operation> operations) {
        Set<String> used = new java.util.HashSet<>();
        operations.forEach(op -> op.getResponses().getAPIResponses().values().forEach(r -> {
            if (r.getRef() != null) {
                used.add(r.getRef().substring(r.getRef().lastIndexOf('/') + 1));
            }
        }));
        ProblemResponses.STANDARD.values().forEach(standard -> {
            if (!used.contains(standard.name())) {
                components.removeResponse(standard.name());
            }
        });
    }

    /** Drops schemes a client cannot use from the document (an OpenID Connect scheme without its URL) for bearer. */
    private static Set<String> replaceSecuritySchemes(Components components) {
        Set<String> replaced = new java.util.HashSet<>();
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        if (schemes != null) {
            for (var e : Map.copyOf(schemes).entrySet()) {
                SecurityScheme s = e.getValue();
                boolean unusable = s.getType() == SecurityScheme.Type.OPENIDCONNECT && s.getOpenIdConnectUrl() == null;
                if (unusable || s.getType() == SecurityScheme.Type.HTTP) {
                    components.removeSecurityScheme(e.getKey());
                    replaced.add(e.getKey());
                }
            }
        }
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token (JWT) of the city's identity provider, with the roles the operation names"));
        return replaced;
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, Set<String> replaced) {
        boolean secured = secure(operation, replaced);
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean write = WRITES.contains(method);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIf(responses, "400", parameters || body);
        addIf(responses, "401", secured);
        addIf(responses, "403", secured);
        addIf(responses, "404", path.contains("{"));
        addIf(responses, "409", write);
        addIf(responses, "415", body);
        addIf(responses, "429", write && !secured);
        addIf(responses, "503", true);
        withProblemContent(responses);
    }

    /** Points the requirements at the bearer scheme; an operation without one is public ({@code security: []}). */
    private static boolean secure(Operation operation, Set<String> replaced) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
            return false;
        }
        List<SecurityRequirement> rewritten = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement bearer = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((name, roles) -> {
                if (replaced.contains(name) || name.equals(BEARER)) {
                    bearer.addScheme(BEARER, roles == null ? List.of() : roles);
                } else {
                    bearer.addScheme(name, roles);
                }
            });
            rewritten.add(bearer);
        }
        operation.setSecurity(rewritten);
        return true;
    }

    private static void addIf(APIResponses responses, String status, boolean applies) {
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse()
                    .ref(ProblemResponses.STANDARD.get(status).name()));
        }
    }

    /** A service's own error response (400 to 599) without content is answered as problem+json. */
    private static void withProblemContent(APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getRef() == null && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(ProblemResponses.content(null));
            }
            if (isError(status) && response.getRef() == null && blank(response)) {
                ProblemResponses.Standard standard = ProblemResponses.STANDARD.get(status);
                response.setDescription(standard != null ? standard.description() : "An error, as problem+json");
            }
        });
    }

    private static boolean blank(APIResponse response) {
        return response.getDescription() == null || response.getDescription().isBlank();
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"));
    }
}
