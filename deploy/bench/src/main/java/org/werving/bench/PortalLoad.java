package org.werving.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** GETs from a fixed number of connections for a fixed time (closed loop): requests/s and latency percentiles. */
final class PortalLoad {
    private static final int MAX_SAMPLES_PER_CONNECTION = 2_000_000;

    record Result(int requests, int errors, double seconds, Stats latency) {
        String summary() {
            return Stats.rate(requests / seconds).replace("/s", " req/s") + ", p50 " + Stats.ms(latency.millis(50))
                    + " p99 " + Stats.ms(latency.millis(99)) + " ms" + (errors > 0 ? ", " + errors + " errors" : "");
        }
    }

    private final HttpClient client;

    PortalLoad(HttpClient client) {
        this.client = client;
    }

    Result run(String url, int connections, Duration duration) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).build();
        long[][] samples = new long[connections][];
        int[] counts = new int[connections];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < connections; c++) {
            int slot = c;
            pool.execute(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < end && n < MAX_SAMPLES_PER_CONNECTION) {
                    long t = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t;
                }
                samples[slot] = mine;
                counts[slot] = n;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            if (samples[c] != null) {
                System.arraycopy(samples[c], 0, all, at, counts[c]);
                at += counts[c];
            }
        }
        return new Result(total, errors.get(), seconds, new Stats(Arrays.copyOf(all, at)));
    }
}
