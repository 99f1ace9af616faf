package org.werving.web.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prometheus scrapes web's /q/metrics like the services' (issue 16): a page request shows up in
 * http_server_requests with the services' latency buckets, by its path template and never with its query (the
 * mailed link carries the candidate's secret there). The HTTP server, JVM and process metrics of the metrics
 * catalogue (deploy/k8s-tests), which the alert rules and the dashboard read for every target, are all in its scrape.
 */
@QuarkusTest
class MetricsTest {
    /** The families of the catalogue that web exports too (the others come from the chassis and Kafka clients). */
    private static final List<String> WEB_FAMILIES = List.of("http_server_", "jvm_", "process_");
    private static final Pattern NAME = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> series(String scrape, String name) {
        return scrape.lines().filter(line -> line.startsWith(name + "{")).toList();
    }

    @Test
    void aPageRequestIsCountedWithTheServicesLatencyBuckets() throws IOException, InterruptedException {
        assertEquals(200, get("/mijn-kandidatuur").statusCode());

        HttpResponse<String> metrics = get("/q/metrics");
        assertEquals(200, metrics.statusCode());
        List<String> counts = series(metrics.body(), "http_server_requests_seconds_count");
        assertTrue(counts.stream().anyMatch(l -> l.contains("method=\"GET\"") && l.contains("uri=\"/mijn-kandidatuur\"")
                && l.contains("status=\"200\"")), counts.toString());
        List<String> buckets = series(metrics.body(), "http_server_requests_seconds_bucket").stream()
                .filter(l -> l.contains("uri=\"/mijn-kandidatuur\"")).toList();
        for (String le : List.of("0.005", "0.25", "10.0", "+Inf")) {
            assertTrue(buckets.stream().anyMatch(l -> l.contains("le=\"" + le + "\"")), le + " in " + buckets);
        }
        assertEquals(12, buckets.stream().filter(l -> l.contains("status=\"200\"")).count(), buckets.toString());
        assertFalse(series(metrics.body(), "jvm_memory_used_bytes").isEmpty(), "JVM metrics too");
    }

    @Test
    void theSecretOfAMailedLinkNeverReachesTheMetrics() throws IOException, InterruptedException {
        String secret = "geheim-" + UUID.randomUUID();
        assertEquals(303, get("/mijn-kandidatuur?application=" + UUID.randomUUID() + "&token=" + secret).statusCode());
        String scrape = get("/q/metrics").body();
        assertFalse(scrape.contains(secret), "the link's token is in the scrape");
        // Micrometer names every redirect's path REDIRECTION
        assertTrue(series(scrape, "http_server_requests_seconds_count").stream()
                .anyMatch(l -> l.contains("uri=\"REDIRECTION\"") && l.contains("status=\"303\"")), scrape);
    }

    @Test
    void everyCataloguedHttpJvmAndProcessMetricIsExported() throws Exception {
        List<String> catalogued = Files.readAllLines(Path.of(System.getProperty("werving.metrics.catalogue",
                "../deploy/k8s-tests/src/test/resources/metrics-catalogue.txt"))).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                .filter(fields -> fields.length == 2 && fields[1].equals("service")).map(fields -> fields[0])
                .filter(name -> WEB_FAMILIES.stream().anyMatch(name::startsWith)).toList();
        assertTrue(catalogued.size() >= 10, "the catalogue lists HTTP, JVM and process metrics: " + catalogued);
        assertEquals(200, get("/mijn-kandidatuur").statusCode());
        System.gc(); // jvm_gc_pause_seconds appears with the first collection it is told of
        List<String> missing = catalogued;
        for (int attempt = 0; attempt < 50 && !missing.isEmpty(); attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            Set<String> exported = NAME.matcher(get("/q/metrics").body()).results().map(m -> m.group(1))
                    .collect(Collectors.toSet());
            missing = catalogued.stream().filter(name -> !exported.contains(name)).toList();
        }
        assertEquals(List.of(), missing, "catalogued for web, yet not in its scrape");
    }
}
