package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quarkus' management endpoints (/q/metrics, /q/health, /q/openapi, ...) are not public: replays how ingress-nginx
 * routes a request through each rendered Ingress (with use-regex every path is a case-insensitive regex location
 * anchored at the start, the longest path first; rewrite-target's $n from its groups; the URI normalised first) and
 * checks that no request reaches a path under /q/ of any backend, while the site and the APIs are still reached.
 */
class IngressTest {
    private static final List<String> APIS = List.of("vacancy", "candidate", "selection", "reserve");

    record Location(String path, Pattern regex, String service, String rewrite) {
    }

    record Routed(String service, String path) {
    }

    static List<Location> locations(JsonNode ingress) {
        JsonNode annotations = ingress.path("metadata").path("annotations");
        boolean regex = annotations.path("nginx.ingress.kubernetes.io/use-regex").asText().equals("true");
        String rewrite = annotations.path("nginx.ingress.kubernetes.io/rewrite-target").asText(null);
        List<Location> locations = new ArrayList<>();
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                String p = path.path("path").asText();
                String service = path.path("backend").path("service").path("name").asText();
                Pattern pattern = regex || rewrite != null
                        ? Pattern.compile("^" + p, Pattern.CASE_INSENSITIVE)
                        : Pattern.compile("^" + Pattern.quote(p));
                locations.add(new Location(p, pattern, service, rewrite));
            }
        }
        locations.sort(Comparator.comparingInt((Location l) -> l.path().length()).reversed());
        return locations;
    }

    static Optional<Routed> route(List<Location> locations, String requestPath) {
        String uri = URI.create(requestPath.replaceAll("/{2,}", "/")).normalize().getPath();
        for (Location location : locations) {
            Matcher m = location.regex().matcher(uri);
            if (m.find()) {
                if (location.rewrite() == null) {
                    return Optional.of(new Routed(location.service(), uri));
                }
                String target = location.rewrite();
                for (int g = m.groupCount(); g >= 1; g--) {
                    target = target.replace("$" + g, m.group(g) == null ? "" : m.group(g));
                }
                return Optional.of(new Routed(location.service(), target));
            }
        }
        return Optional.empty();
    }

    private static List<String> probes() {
        List<String> probes = new ArrayList<>(List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/openapi",
                "/q/swagger-ui/", "/q", "/Q/metrics", "//q/metrics", "/x/../q/metrics", "/./q/health"));
        for (String api : APIS) {
            for (String rest : List.of("/q/metrics", "/q/health/live", "/Q/Metrics", "/q", "//q/metrics", "/a/../q/openapi")) {
                probes.add("/api/" + api + rest);
            }
        }
        return probes;
    }

    @Test
    void noRequestReachesAManagementEndpoint() {
        for (Path dir : Manifests.kustomizations()) {
            List<JsonNode> ingresses = Manifests.render(dir).stream()
                    .filter(o -> o.path("kind").asText().equals("Ingress")).toList();
            assertFalse(ingresses.isEmpty(), dir + " renders no Ingress");
            for (JsonNode ingress : ingresses) {
                List<Location> locations = locations(ingress);
                for (String probe : probes()) {
                    route(locations, probe).ifPresent(routed -> {
                        String path = routed.path().toLowerCase(Locale.ROOT);
                        assertFalse(path.equals("/q") || path.startsWith("/q/"), dir + ": " + probe + " reaches "
                                + routed.service() + " at " + routed.path() + " (management endpoints must not be public)");
                    });
                }
            }
        }
    }

    @Test
    void theSiteAndTheApisAreStillRouted() {
        for (Path dir : Manifests.kustomizations()) {
            JsonNode ingress = Manifests.render(dir).stream()
                    .filter(o -> o.path("kind").asText().equals("Ingress")).findFirst().orElseThrow();
            List<Location> locations = locations(ingress);
            assertEquals(Optional.of(new Routed("web", "/")), route(locations, "/"));
            assertEquals(Optional.of(new Routed("web", "/vacatures/12")), route(locations, "/vacatures/12"));
            assertEquals(Optional.of(new Routed("web", "/quiz")), route(locations, "/quiz"), "only /q/ itself is closed");
            for (String api : APIS) {
                assertEquals(Optional.of(new Routed(api + "-service", "/applications/1/queue")),
                        route(locations, "/api/" + api + "/applications/1/queue"));
                assertEquals(Optional.of(new Routed(api + "-service", "/")), route(locations, "/api/" + api));
            }
            assertTrue(route(locations, "/q/metrics").isEmpty(), "no location: the controller answers 404");
        }
    }
}
