package org.werving.selection.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.infra.DevTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.hr;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/**
 * Not a timed test: a load harness for jury scoring. Excluded from the normal build; run with
 * {@code ../mvnw -B verify -Dbench} (optionally -Dbench.candidates=150 -Dbench.clients=6). Publishes a
 * combined test whose two components measure five competencies on /10, lets the candidates apply through
 * the broker, assigns a jury of three, then has concurrent clients PUT every member's score sheet for
 * every candidate (five cells each) and prints sheets/s with latency percentiles, the time to close the
 * stage (pass mark, ranking, one InterviewScored and a decision per candidate, all in one transaction)
 * and the time to read the selection report.
 */
@QuarkusTest
class JuryBenchmark {
    private static final List<String> MEMBERS = List.of("jury.an", "jury.bert", "jury.extern");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/candidacies")
    URI candidacies;

    @Test
    void scoreSheetsAndClosingAStage() throws Exception {
        int count = Integer.getInteger("bench.candidates", 150);
        int clients = Integer.getInteger("bench.clients", 6);
        UUID vacancy = UUID.randomUUID();
        Map<String, Object> published = new HashMap<>(vacancyPublished(vacancy));
        published.put("stages", List.of(Map.of("order", 1, "type", "COMBINED_TEST", "name", "Gecombineerde proef",
                "eliminating", true, "passMark", 60, "scale", 10, "components", List.of(
                        Map.of("name", "Case", "weight", 2, "competencies", List.of("Analyse", "Resultaatgerichtheid")),
                        Map.of("name", "Jurygesprek", "weight", 1, "competencies", List.of("Klantgerichtheid",
                                "Samenwerken", "Communiceren"))))));
        produce(bootstrap, vacancyEvent(vacancy, published));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID application = UUID.randomUUID();
            applications.add(application);
            produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 0)));
        }
        long screeningStart = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> hr()
                .get("/procedures/" + vacancy + "/candidacies").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.status == 'IN_STAGE' }").size() == count);
        double screeningSeconds = (System.nanoTime() - screeningStart) / 1e9;
        hr().contentType(ContentType.JSON).body(Map.of("members", MEMBERS.stream()
                        .map(m -> Map.of("subject", m, "external", m.equals("jury.extern"))).toList()))
                .put("/procedures/" + vacancy + "/stages/1/jury").then().statusCode(200);

        ConcurrentLinkedQueue<Runnable> work = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, String> tokens = new HashMap<>();
        MEMBERS.forEach(m -> tokens.put(m, DevTokens.issue(m, Duration.ofHours(1), "jury")));
        for (int i = 0; i < applications.size(); i++) {
            UUID application = applications.get(i);
            int base = 4 + i % 6; // 4..9: about half pass the mark of 60
            for (String member : MEMBERS) {
                String body = "{\"scores\":[" + cell("Case", "Analyse", base) + "," + cell("Case", "Resultaatgerichtheid", base)
                        + "," + cell("Jurygesprek", "Klantgerichtheid", base + 1) + ","
                        + cell("Jurygesprek", "Samenwerken", base) + "," + cell("Jurygesprek", "Communiceren", base - 1) + "]}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(candidacies + "/" + application
                                + "/stages/1/score-sheet")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + tokens.get(member))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
                work.add(() -> {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                });
            }
        }
        int sheets = work.size();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (Runnable next = work.poll(); next != null; next = work.poll()) {
                    next.run();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double scoringSeconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);

        long closeStart = System.nanoTime();
        hr().post("/procedures/" + vacancy + "/stages/1/close").then().statusCode(200);
        double closeMillis = (System.nanoTime() - closeStart) / 1e6;
        long reportStart = System.nanoTime();
        int reported = hr().get("/procedures/" + vacancy + "/report").then().statusCode(200).extract().jsonPath()
                .getList("candidacies").size();
        double reportMillis = (System.nanoTime() - reportStart) / 1e6;

        System.out.printf("%nBENCH screening: %d CandidateApplied through the broker to IN_STAGE in %.1f s%n", count,
                screeningSeconds);
        System.out.printf("BENCH PUT score-sheet (5 cells): %d sheets (%d candidates x %d members), %d clients: %.1f s,"
                        + " %.0f sheets/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n", sheets, count,
                MEMBERS.size(), clients, scoringSeconds, sheets / scoringSeconds, percentile(sorted, 50),
                percentile(sorted, 99), percentile(sorted, 100), errors.get());
        System.out.printf("BENCH close stage with %d candidates (%d member scores): %.0f ms; report: %.0f ms%n", count,
                sheets * 5, closeMillis, reportMillis);
        assertEquals(0, errors.get());
        assertEquals(count, reported);
    }

    private static String cell(String component, String competency, int score) {
        return "{\"component\":\"" + component + "\",\"competency\":\"" + competency + "\",\"score\":" + score + "}";
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
    }
}
