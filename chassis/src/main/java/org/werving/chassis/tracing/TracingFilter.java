package org.werving.chassis.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SERVER span per request a resource method answers, named by its route template ("POST /applications"),
 * the child of the caller's W3C traceparent header when it sent one. The span is current while the request is
 * handled, so events the request records carry it; it ends when the response has been written.
 */
public class TracingFilter {
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    private final Tracing tracing;
    private final Map<Method, String> routes = new ConcurrentHashMap<>();

    public TracingFilter(Tracing tracing) {
        this.tracing = tracing;
    }

    @ServerRequestFilter
    public void start(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        String route = resource.getResourceMethod() == null ? request.getUriInfo().getPath()
                : routes.computeIfAbsent(resource.getResourceMethod(), method -> route(
                        pathOf(resource.getResourceClass().getAnnotation(Path.class)),
                        pathOf(method.getAnnotation(Path.class))));
        Span span = tracing.server(request.getMethod() + " " + route, request.getHeaderString(TraceParents.HEADER));
        span.setAttribute(METHOD, request.getMethod());
        span.setAttribute(ROUTE, route);
        span.setAttribute(PATH, request.getUriInfo().getPath());
        Scope scope = Tracing.activate(span);
        routing.addEndHandler(ended -> {
            int status = routing.response().getStatusCode();
            span.setAttribute(STATUS, (long) status);
            if (status >= 500 || ended.failed()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
            scope.close();
        });
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    /** The route template of a resource method: its class's and its own @Path joined, with one slash between parts. */
    static String route(String classPath, String methodPath) {
        StringBuilder route = new StringBuilder();
        for (String part : (classPath + "/" + methodPath).split("/+")) {
            if (!part.isEmpty()) {
                route.append('/').append(part);
            }
        }
        return route.isEmpty() ? "/" : route.toString();
    }
}
