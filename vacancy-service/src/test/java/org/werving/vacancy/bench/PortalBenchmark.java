package org.werving.vacancy.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.werving.vacancy.Tokens.asHr;

/**
 * Not a timed test: a load harness for the portal list. Excluded from the normal build; run with
 * {@code ../mvnw -B verify -Dbench} (optionally -Dbench.seconds=20 -Dbench.clients=8 -Dbench.vacancies=60).
 * Publishes the vacancies through the API, warms up, then drives GET /vacancies (first page, and a
 * Dutch full-text query) from concurrent clients and prints requests/s and latency percentiles.
 */
@QuarkusTest
class PortalBenchmark {
    @TestHTTPResource("/vacancies")
    URI vacancies;

    @Test
    void portalList() throws Exception {
        int count = Integer.getInteger("bench.vacancies", 60);
        int seconds = Integer.getInteger("bench.seconds", 15);
        int clients = Integer.getInteger("bench.clients", 8);
        String[] titles = {"Werkvloerbegeleider", "Trajectbegeleider", "Projectmedewerker integratie", "Directiemedewerker",
                "Meewerkend verantwoordelijke onthaal", "Maatschappelijk werker", "Begeleider kinderopvang"};
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new HashMap<>(VacancyFixtures.complete(titles[i % titles.length] + " " + i));
            body.put("competencies", List.of(Map.of("name", "Klantgerichtheid", "definition", "Je denkt actief mee.")));
            String id = asHr().contentType(ContentType.JSON).body(body).post("/hr/vacancies").then().statusCode(201)
                    .extract().path("id");
            asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String query : List.of("", "?q=" + URLEncoder.encode("begeleiders", StandardCharsets.UTF_8))) {
            URI uri = URI.create(vacancies + query);
            run(http, uri, clients, 3); // warm-up
            Result result = run(http, uri, clients, seconds);
            System.out.printf("%nBENCH GET /vacancies%s: %d published vacancies, %d clients, %d s: %d requests, %.0f requests/s,"
                            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
                    query, count, clients, seconds, result.latencies.size(), result.latencies.size() / (double) seconds,
                    result.percentile(50), result.percentile(99), result.percentile(100), result.errors);
            assertEquals(0, result.errors);
        }
    }

    record Result(List<Long> latencies, int errors) {
        double percentile(double p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.size()) - 1;
            return latencies.get(Math.max(0, Math.min(index, latencies.size() - 1))) / 1_000_000.0;
        }
    }

    private static Result run(HttpClient http, URI uri, int clients, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    mine.add(System.nanoTime() - start);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return new Result(all, errors.get());
    }
}
