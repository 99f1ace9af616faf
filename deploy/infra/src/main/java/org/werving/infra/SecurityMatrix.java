package org.werving.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The walker behind each service's {@code SecurityMatrixTest}: goes through every operation of a
 * service's own OpenAPI document, in document order, and has each one called once per identity.
 *
 * <p>For every operation ({@code GET}, {@code POST}, {@code PUT}, {@code DELETE} or {@code PATCH}
 * under {@code paths}) it forms the key {@code "METHOD /path/{template}"}. An operation whose key
 * is not among the service's rules gives a failure line ({@link #noRule(String)} unless the test
 * brings its own) and is not called. Otherwise the path parameters are filled ({@code "1"} for an
 * integer or number parameter, a fresh random UUID for any other; a placeholder without a
 * documented parameter is an {@link AssertionError}) and, for each identity, the test's
 * {@link Call} sends the request and its {@link Check} turns the status into a failure line or
 * {@code null}.
 *
 * <p>The class only walks and counts; the requests (rest-assured), the rule table and the
 * assertions stay in the service's test. It needs no library: it reads the {@code paths} object as
 * plain maps and lists, e.g. rest-assured's {@code extract().jsonPath().getMap("paths")}. (The
 * services put this jar on their test classpath without its dependencies, and a dependency added
 * here would also change the broker's classpath in {@code target/lib}.)
 */
public final class SecurityMatrix {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private SecurityMatrix() {
    }

    /**
     * One operation of the document, ready to be called.
     *
     * @param method upper case, e.g. {@code POST}
     * @param path the path template of the document, e.g. {@code /hr/vacancies/{id}}
     * @param url the path with its parameters filled in
     */
    public record Operation(String method, String path, String url) {
        /** The key of the rule tables: {@code "METHOD path"}. */
        public String key() {
            return method + " " + path;
        }

        /** Whether the request should carry a (JSON) body: POST, PUT and PATCH. */
        public boolean hasBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }
    }

    /** Sends the operation's request as the identity and gives the HTTP status. */
    @FunctionalInterface
    public interface Call<I> {
        int status(Operation operation, I identity);
    }

    /** Judges a status: {@code null} when the rules expect it, otherwise the failure line to report. */
    @FunctionalInterface
    public interface Check<I> {
        String failure(Operation operation, I identity, int status);
    }

    /**
     * What a walk found.
     *
     * @param failures the failure lines, in document order (empty when all is as the rules say)
     * @param operations the keys of all operations of the document, also those without a rule
     * @param checked how many calls were made (operations with a rule × identities)
     */
    public record Result(List<String> failures, List<String> operations, int checked) {
    }

    /** The failure line for an operation without a rule: {@code "<key>: no rule in the expectation table"}. */
    public static String noRule(String key) {
        return key + ": no rule in the expectation table";
    }

    /** {@link #walk(Map, Set, Collection, Function, Call, Check)} with the {@link #noRule(String)} line. */
    public static <I> Result walk(Map<String, ?> paths, Set<String> rules, Collection<I> identities,
            Call<I> call, Check<I> check) {
        return walk(paths, rules, identities, SecurityMatrix::noRule, call, check);
    }

    /**
     * Walks the document.
     *
     * @param paths the {@code paths} object of the OpenAPI document, as maps and lists
     * @param rules the keys ({@code "METHOD path"}) the service's table has a rule for
     * @param identities who to call every operation as, in this order
     * @param noRule the failure line for an operation without a rule (it may also throw, to stop at once)
     */
    public static <I> Result walk(Map<String, ?> paths, Set<String> rules, Collection<I> identities,
            Function<String, String> noRule, Call<I> call, Check<I> check) {
        List<String> failures = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, ?> path : paths.entrySet()) {
            Map<?, ?> pathItem = (Map<?, ?>) path.getValue();
            for (Map.Entry<?, ?> entry : pathItem.entrySet()) {
                String method = entry.getKey().toString().toUpperCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    continue;
                }
                String key = method + " " + path.getKey();
                operations.add(key);
                if (!rules.contains(key)) {
                    failures.add(noRule.apply(key));
                    continue;
                }
                Operation operation = new Operation(method, path.getKey(),
                        fill(path.getKey(), pathItem, (Map<?, ?>) entry.getValue()));
                for (I identity : identities) {
                    int status = call.status(operation, identity);
                    checked++;
                    String failure = check.failure(operation, identity, status);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        return new Result(List.copyOf(failures), List.copyOf(operations), checked);
    }

    /** Path parameters: {@code "1"} for an integer or number, a random UUID otherwise. */
    private static String fill(String template, Map<?, ?> pathItem, Map<?, ?> operation) {
        Map<String, String> types = new LinkedHashMap<>(); // the operation's parameters override the path's
        for (Object parameters : new Object[] {pathItem.get("parameters"), operation.get("parameters")}) {
            if (parameters instanceof List<?> list) {
                for (Object parameter : list) {
                    Map<?, ?> p = (Map<?, ?>) parameter;
                    Object schema = p.get("schema");
                    Object type = schema instanceof Map<?, ?> s ? s.get("type") : null;
                    types.put(String.valueOf(p.get("name")), type == null ? "" : type.toString());
                }
            }
        }
        String url = template;
        while (url.contains("{")) {
            String name = url.substring(url.indexOf('{') + 1, url.indexOf('}'));
            String type = types.get(name);
            if (type == null) {
                throw new AssertionError("unfilled path parameter in " + template);
            }
            String value = type.equals("integer") || type.equals("number") ? "1" : UUID.randomUUID().toString();
            url = url.replace("{" + name + "}", value);
        }
        return url;
    }
}
