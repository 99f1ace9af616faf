package org.werving.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Problem+json for what the HTTP layer refuses before a resource is reached: an overlong request line
 * (414) or header block (431), a body over the limit (413), a control character in the path or a query
 * parameter (400), and a bearer token that is invalid or expired (401, which proactive authentication
 * answers with an empty body by itself). The limits here are below the codec's own (raised in the chassis'
 * defaults), so the codec's bare answers are only reached by requests far beyond them.
 */
@ApplicationScoped
public class HttpLayerProblems {
    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    /** Before every other route, Quarkus' own body and security handlers included. */
    private static final int FIRST = Integer.MIN_VALUE + 100;
    /** %00-%1F and %7F: a control character once decoded (tab, line feed and return too). */
    private static final Pattern CONTROL_ESCAPE = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])");

    private final ObjectMapper json;
    private final Instance<ProblemWording> wordings;
    private final int maxRequestLine;
    private final int maxHeaders;
    private final long maxBody;

    public HttpLayerProblems(ObjectMapper json, Instance<ProblemWording> wordings,
            @ConfigProperty(name = "werving.http.max-request-line", defaultValue = "8192") int maxRequestLine,
            @ConfigProperty(name = "werving.http.max-headers", defaultValue = "16384") int maxHeaders,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") Optional<MemorySize> maxBody) {
        this.json = json;
        this.wordings = wordings;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaders = maxHeaders;
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(10_485_760L);
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::guard);
        router.route().order(FIRST).failureHandler(this::failed);
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = ctx.normalizedPath();
        if (request.uri().length() > maxRequestLine) {
            answer(ctx, Problem.of(414, "request-too-long", "Request line too long",
                    "the request line is longer than " + maxRequestLine + " characters", path, List.of()));
        } else if (headerBytes(request.headers()) > maxHeaders) {
            answer(ctx, Problem.of(431, "headers-too-large", "Request headers too large",
                    "the request headers are larger than " + maxHeaders + " bytes", path, List.of()));
        } else if (declaredLength(request) > maxBody) {
            ctx.response().putHeader("Connection", "close");
            answer(ctx, Problem.of(413, "body-too-large", "Request body too large",
                    "the request body is larger than " + maxBody + " bytes", path, List.of()));
        } else {
            String field = fieldWithControlCharacter(ctx);
            if (field == null) {
                ctx.next();
            } else {
                answer(ctx, Problem.of(400, ProblemTypes.VALIDATION, "Invalid request",
                        field + " contains a control character", path,
                        List.of(new Problem.FieldError(field, "contains a control character"))));
            }
        }
    }

    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException && !ctx.response().ended()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            answer(ctx, Problem.of(401, "unauthenticated", "Unauthorized",
                    "the bearer token is missing, invalid or expired", ctx.normalizedPath(), List.of()));
        } else if (ctx.statusCode() == 413 && !ctx.response().ended()) {
            answer(ctx, Problem.of(413, "body-too-large", "Request body too large",
                    "the request body is larger than " + maxBody + " bytes", ctx.normalizedPath(), List.of()));
        } else {
            ctx.next();
        }
    }

    /** "path" or the query parameter whose decoded value holds a control character; null when none does. */
    static String fieldWithControlCharacter(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        if (encodesControl(query < 0 ? uri : uri.substring(0, query))) {
            return "path";
        }
        if (query < 0 || !encodesControl(uri.substring(query))) {
            return null;
        }
        try {
            for (Map.Entry<String, String> parameter : ctx.queryParams()) {
                if (!StrictJson.clean(parameter.getValue())) {
                    return StrictJson.clean(parameter.getKey()) ? parameter.getKey() : "query";
                }
            }
        } catch (RuntimeException e) {
            return "query"; // not decodable at all
        }
        return null; // tab, line feed or return in a query value: text a search may hold
    }

    /** True when the raw text holds a control character, as such or percent-encoded. */
    static boolean encodesControl(String raw) {
        return !StrictJson.clean(raw) || CONTROL_ESCAPE.matcher(raw).find();
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void answer(RoutingContext ctx, Problem chassis) {
        Optional<ProblemWording.Worded> worded = ProblemWording.first(wordings, ProblemWording.Layer.HTTP,
                ctx.request().method().name(), ctx.normalizedPath(), chassis);
        worded.ifPresent(w -> ctx.response().putHeader("Content-Language", w.language()));
        Problem problem = worded.map(ProblemWording.Worded::problem).orElse(chassis);
        try {
            ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            LOG.warnf("problem %d not written: %s", problem.status(), e.getMessage());
            ctx.response().setStatusCode(problem.status()).end();
        }
    }
}
