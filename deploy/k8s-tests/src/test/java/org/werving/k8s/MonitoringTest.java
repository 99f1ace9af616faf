package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring objects of deploy/k8s: a ServiceMonitor per service that exports metrics, scraping a port the
 * NetworkPolicy opens to Prometheus; alert rules and a Grafana dashboard that name only metrics of the catalogue
 * (src/test/resources/metrics-catalogue.txt, whose service metrics the chassis' EventMetricsTest finds in a real
 * scrape).
 */
class MonitoringTest {
    private static final List<String> APIS = List.of("vacancy-service", "candidate-service", "selection-service",
            "reserve-service");
    private static final Set<String> ALERTS = Set.of("WervingOutboxBacklogGrowing", "WervingOutboxOldestEventStale",
            "WervingEventDeadLettered", "WervingConsumerRetriesSustained", "WervingHttpServerErrors",
            "WervingPodNotReady", "WervingMetricsTargetDown");
    private static final Pattern NAMESPACE_MATCHER = Pattern.compile("namespace\\s*=\\s*\"([^\"]*)\"");

    private final ObjectMapper json = new ObjectMapper();

    static Map<String, String> catalogue() throws IOException {
        Map<String, String> metrics = new HashMap<>();
        try (InputStream in = MonitoringTest.class.getResourceAsStream("/metrics-catalogue.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    String[] fields = stripped.split("\\s+");
                    assertEquals(2, fields.length, "catalogue line: " + line);
                    metrics.put(fields[0], fields[1]);
                }
            }
        }
        return metrics;
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    @Test
    void theExtractorFindsTheMetricsOfAnExpressionAndNothingElse() {
        assertEquals(Set.of("foo_total", "bar", "baz_bucket"), PromQl.metricNames(
                "histogram_quantile(0.95, sum by (job, le) (rate(baz_bucket{a=\"b\", c=~\"5..\"}[$__rate_interval])))"
                        + " + sum by (job) (rate(foo_total{x=\"y\"}[5m])) / on (job) group_left() bar offset 10m"
                        + " > 0 and bool foo_total"));
        assertEquals(Set.of("up"), PromQl.metricNames("up{namespace=\"werving\"} == 0"));
    }

    @Test
    void everyAlertExpressionNamesOnlyCataloguedMetrics() throws IOException {
        Map<String, String> catalogue = catalogue();
        for (Path dir : Manifests.kustomizations()) {
            List<JsonNode> rules = ofKind(Manifests.render(dir), "PrometheusRule");
            assertFalse(rules.isEmpty(), dir + " renders no PrometheusRule");
            Set<String> alerts = new TreeSet<>();
            for (JsonNode object : rules) {
                String namespace = object.path("metadata").path("namespace").asText("");
                for (JsonNode group : object.path("spec").path("groups")) {
                    for (JsonNode rule : group.path("rules")) {
                        String name = rule.path("alert").asText(rule.path("record").asText());
                        String expr = rule.path("expr").asText();
                        Set<String> names = PromQl.metricNames(expr);
                        assertFalse(names.isEmpty(), name + " reads no metric: " + expr);
                        for (String metric : names) {
                            assertTrue(catalogue.containsKey(metric), dir + ": " + name + " names " + metric
                                    + ", which is not in metrics-catalogue.txt (a metric nobody exports never fires)");
                        }
                        var matcher = NAMESPACE_MATCHER.matcher(expr);
                        while (matcher.find() && !namespace.isEmpty()) {
                            assertEquals(namespace, matcher.group(1), dir + ": " + name + " looks at another namespace");
                        }
                        if (rule.has("alert")) {
                            alerts.add(name);
                            assertTrue(Set.of("warning", "critical").contains(rule.path("labels").path("severity").asText()),
                                    name + " has a severity");
                            assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name + " has a summary");
                        }
                    }
                }
            }
            assertTrue(alerts.containsAll(ALERTS), dir + ": missing alerts " + difference(ALERTS, alerts));
        }
    }

    @Test
    void theDashboardIsForGrafanasSidecarAndNamesOnlyCataloguedMetrics() throws IOException {
        Map<String, String> catalogue = catalogue();
        List<JsonNode> dashboards = ofKind(Manifests.render(RenderedManifestsTest.dir("base")), "ConfigMap").stream()
                .filter(c -> c.path("metadata").path("labels").path("grafana_dashboard").asText().equals("1")).toList();
        assertEquals(1, dashboards.size(), "one dashboard ConfigMap labelled grafana_dashboard: \"1\"");
        JsonNode data = dashboards.get(0).path("data");
        assertEquals(1, data.size());
        JsonNode dashboard = json.readTree(data.elements().next().asText());
        assertFalse(dashboard.path("uid").asText().isBlank());
        List<JsonNode> panels = StreamSupport.stream(dashboard.path("panels").spliterator(), false)
                .filter(p -> !p.path("type").asText().equals("row")).toList();
        Set<String> used = new TreeSet<>();
        for (JsonNode panel : panels) {
            assertFalse(panel.path("targets").isEmpty(), panel.path("title") + " has a query");
            for (JsonNode target : panel.path("targets")) {
                for (String metric : PromQl.metricNames(target.path("expr").asText())) {
                    assertTrue(catalogue.containsKey(metric), panel.path("title") + " names " + metric
                            + ", which is not in metrics-catalogue.txt");
                    used.add(metric);
                }
            }
        }
        Set<String> expected = Set.of("werving_outbox_backlog", "werving_outbox_oldest_age_seconds",
                "werving_events_dead_lettered_total", "werving_events_retries_total", "werving_events_consumed_total",
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                "kafka_consumer_fetch_manager_records_lag_max");
        assertTrue(used.containsAll(expected), "the dashboard shows " + difference(expected, used));
    }

    @Test
    void everyServiceWithMetricsHasAServiceMonitorWhoseTargetPrometheusMayReach() throws IOException {
        // web exports metrics too (issue 16; web's MetricsTest scrapes it): scraped like the APIs
        List<String> expected = new ArrayList<>(APIS);
        expected.add("web");
        for (Path dir : Manifests.kustomizations()) {
            List<JsonNode> objects = Manifests.render(dir);
            List<JsonNode> monitors = ofKind(objects, "ServiceMonitor");
            assertEquals(new TreeSet<>(expected), names(monitors), dir + ": ServiceMonitors");
            for (JsonNode monitor : monitors) {
                String name = monitor.path("metadata").path("name").asText();
                JsonNode endpoint = monitor.path("spec").path("endpoints").path(0);
                assertEquals("http", endpoint.path("port").asText(), name);
                assertEquals("/q/metrics", endpoint.path("path").asText(), name);
                JsonNode service = ofKind(objects, "Service").stream()
                        .filter(s -> matches(monitor.path("spec").path("selector").path("matchLabels"), s.path("metadata").path("labels")))
                        .findFirst().orElseThrow(() -> new AssertionError(name + " selects no Service"));
                JsonNode port = StreamSupport.stream(service.path("spec").path("ports").spliterator(), false)
                        .filter(p -> p.path("name").asText().equals("http")).findFirst()
                        .orElseThrow(() -> new AssertionError(name + ": the Service has no port named http"));
                JsonNode podLabels = service.path("spec").path("selector");
                JsonNode policy = ofKind(objects, "NetworkPolicy").stream()
                        .filter(p -> matches(p.path("spec").path("podSelector").path("matchLabels"), podLabels))
                        .findFirst().orElseThrow(() -> new AssertionError(name + ": no NetworkPolicy for its pods"));
                assertTrue(admitsPrometheus(policy, port.path("targetPort").asText()), dir + ": the NetworkPolicy of "
                        + name + " does not admit Prometheus (namespace monitoring) on its port");
            }
        }
    }

    private static boolean admitsPrometheus(JsonNode policy, String port) {
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            boolean fromMonitoring = StreamSupport.stream(rule.path("from").spliterator(), false).anyMatch(peer ->
                    peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText()
                            .equals("monitoring"));
            boolean onPort = StreamSupport.stream(rule.path("ports").spliterator(), false)
                    .anyMatch(p -> p.path("port").asText().equals(port));
            if (fromMonitoring && onPort) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return false;
        }
        var fields = selector.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!labels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> names(List<JsonNode> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> names.add(o.path("metadata").path("name").asText()));
        return names;
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }
}
