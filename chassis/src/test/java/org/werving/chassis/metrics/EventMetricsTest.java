package org.werving.chassis.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.chassis.app.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.chassis.app.Pipeline.PATIENCE;

/** The plumbing's metrics as Prometheus scrapes them at /q/metrics, against the real PostgreSQL and Kafka. */
@QuarkusTest
class EventMetricsTest {
    @Inject
    Pipeline pipeline;
    @Inject
    MeterRegistry registry;
    @Inject
    Pool pool;
    @Inject
    OutboxBacklog outboxBacklog;

    @Test
    void publishedConsumedIgnoredRetriedAndDeadLetteredEventsAreCountedByType() throws Throwable {
        double published = value("werving_events_published_total", "type", "MetricCounted");
        String key = UUID.randomUUID().toString();
        pipeline.write(key, "MetricCounted", Map.of("n", 1));
        pipeline.write(key, "MetricCounted", Map.of("n", 2));
        pipeline.write(key, "Ignored", Map.of("n", 3));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(1, 2)));

        await().atMost(PATIENCE).until(() -> value("werving_events_consumed_total", "type", "MetricCounted", "outcome", "applied") >= 2);
        assertEquals(published + 2, value("werving_events_published_total", "type", "MetricCounted"));
        await().atMost(PATIENCE).until(() -> value("werving_events_consumed_total", "type", "Ignored", "outcome", "ignored") >= 1);

        double dead = value("werving_events_dead_lettered_total", "type", "Fails");
        double retries = value("werving_events_retries_total", "type", "Fails", "kind", "domain");
        pipeline.write(key, "Fails", Map.of("n", 4));
        await().atMost(PATIENCE).until(() -> value("werving_events_dead_lettered_total", "type", "Fails") == dead + 1);
        assertEquals(retries + 3, value("werving_events_retries_total", "type", "Fails", "kind", "domain"),
                "three retries before the dead-letter topic");
    }

    @Test
    void theOutboxBacklogIsReadOnATimerAndShowsRowsWaitingAndTheOldestAge() throws Throwable {
        pipeline.write(UUID.randomUUID().toString(), "MetricCounted", Map.of("n", 5));
        await().atMost(PATIENCE).until(() -> {
            outboxBacklog.refresh().await().indefinitely();
            return outboxBacklog.waiting() == 0;
        });
        assertEquals(0.0, value("werving_outbox_backlog"));
        assertEquals(0.0, value("werving_outbox_oldest_age_seconds"), "nothing waits, so nothing is old");
    }

    @Test
    void aServicesOwnBacklogBeanIsReadByTheChassisTimerWithoutAScrapeTouchingTheDatabase() throws Throwable {
        String key = UUID.randomUUID().toString();
        pipeline.write(key, "MetricCounted", Map.of("n", 6));
        await().atMost(PATIENCE).until(() -> pipeline.effectsOf(key).equals(List.of(6)));
        // werving.metrics.backlog-interval is 1s here: the scheduler refreshes every Backlog bean, nobody else does
        await().atMost(PATIENCE).until(() -> value("werving_test_processed_backlog") >= 1);
        assertTrue(value("werving_test_processed_oldest_age_seconds") >= 0);
    }

    @Test
    void aBacklogShowsItsLastReadingAndNaNWhenItCannotBeRead() {
        Backlog mails = new Backlog(registry, pool, "werving.test.mail", "Test mails",
                "SELECT 3, extract(epoch FROM interval '90 seconds')");
        mails.refresh().await().indefinitely();
        assertEquals(3.0, value("werving_test_mail_backlog"));
        assertEquals(90.0, value("werving_test_mail_oldest_age_seconds"));

        Backlog broken = new Backlog(registry, pool, "werving.test.broken", "Broken", "SELECT count(*), 0 FROM no_such_table");
        broken.refresh().await().indefinitely();
        assertTrue(Double.isNaN(broken.waiting()), "an unreadable backlog is unknown, not empty");
        assertTrue(scrape().contains("werving_test_broken_backlog NaN"));
    }

    /**
     * Every metric the catalogue of deploy/k8s-tests lists as exported by the services is in a real scrape, once
     * HTTP requests (a 200, a 409 and a 500) and events (applied, ignored, retried, dead-lettered) went through;
     * the alert rules and the dashboard may name only catalogued metrics (deploy/k8s-tests' MonitoringTest).
     */
    @Test
    void everyMetricTheCatalogueListsAsExportedIsInTheScrape() throws Throwable {
        String key = UUID.randomUUID().toString();
        double dead = value("werving_events_dead_lettered_total", "type", "Fails");
        pipeline.write(key, "MetricCounted", Map.of("n", 1));
        pipeline.write(key, "Fails", Map.of("n", 2));
        await().atMost(PATIENCE).until(() -> value("werving_events_dead_lettered_total", "type", "Fails") > dead);
        given().contentType("application/json").body("{\"name\":\"x\"}").post("/chassis-test/named").then().statusCode(200);
        given().get("/chassis-test/fail/rule").then().statusCode(409);
        given().get("/chassis-test/fail/secret").then().statusCode(500);

        String scrape = scrape();
        Set<String> exported = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE).matcher(scrape)
                .results().map(m -> m.group(1)).collect(Collectors.toSet());
        List<String> catalogued = serviceMetricsOfTheCatalogue();
        assertTrue(catalogued.size() > 10, "the catalogue lists the services' metrics: " + catalogued);
        List<String> missing = catalogued.stream().filter(name -> !exported.contains(name)).toList();
        assertEquals(List.of(), missing, "catalogued as exported, yet not in the scrape");
        assertTrue(scrape.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SERVER_ERROR\",status=\"500\""),
                "5xx are counted by status: " + scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")).toList());
        assertTrue(scrape.contains("http_server_requests_seconds_bucket{") && scrape.contains("le=\"0.25\""),
                "HTTP latency has the chassis' buckets");
    }

    private static List<String> serviceMetricsOfTheCatalogue() throws IOException {
        Path file = Path.of(System.getProperty("werving.metrics.catalogue",
                "../deploy/k8s-tests/src/test/resources/metrics-catalogue.txt"));
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .filter(fields -> fields.length == 2 && fields[1].equals("service"))
                .map(fields -> fields[0]).toList();
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series in the scrape (0 when absent); labels given as name, value pairs. */
    private static double value(String name, String... labels) {
        Pattern line = Pattern.compile("^" + name + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape());
        while (m.find()) {
            String set = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (int i = 0; i < labels.length; i += 2) {
                all &= set.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
