package org.werving.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Applications sent to candidate-service: closed loop (N at concurrency C) or open loop (a fixed rate). */
final class ApplyLoad {
    /** What one batch of applications did: accepted ids with the time each was (scheduled to be) sent. */
    static final class Batch {
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        final List<Long> postNanos = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        volatile long firstSend;
        volatile long lastAccepted;

        void accepted(String id, long scheduled, long done) {
            sentAt.put(id, scheduled);
            postNanos.add(done - scheduled);
            synchronized (this) {
                lastAccepted = Math.max(lastAccepted, done);
            }
        }

        void failed(String what) {
            if (errors.incrementAndGet() <= 3) {
                errorSamples.add(what);
            }
        }
    }

    private final Api api;
    private final List<String> vacancies;
    private final AtomicInteger sequence = new AtomicInteger();

    ApplyLoad(Api api, List<String> vacancies) {
        this.api = api;
        this.vacancies = vacancies;
    }

    /** {@code count} applications from {@code concurrency} threads, each sending the next when its answer came. */
    Batch closedLoop(int count, int concurrency, Duration limit) throws InterruptedException {
        Batch batch = new Batch();
        AtomicInteger remaining = new AtomicInteger(count);
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        batch.firstSend = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                    sendOne(batch);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return batch;
    }

    private void sendOne(Batch batch) {
        HttpRequest request = next();
        long start = System.nanoTime();
        try {
            record(batch, api.client().send(request, HttpResponse.BodyHandlers.ofString()), start);
        } catch (Exception e) {
            batch.failed(e.toString());
        }
    }

    /**
     * Open loop: application i is sent at start + i/rate whatever happened to the earlier ones (asynchronous
     * client); its latency counts from that scheduled time, so a stalled server cannot hide its queue.
     */
    Batch openLoop(int rate, int seconds) throws InterruptedException {
        Batch batch = new Batch();
        int count = rate * seconds;
        long period = 1_000_000_000L / rate;
        List<CompletableFuture<Void>> pending = new ArrayList<>(count);
        long start = System.nanoTime() + 50_000_000L;
        batch.firstSend = start;
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * period;
            HttpRequest request = next();
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(api.client().sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> record(batch, response, scheduled))
                    .exceptionally(e -> {
                        batch.failed(e.toString());
                        return null;
                    }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            batch.failed("answers not all in within 120 s after the last send: " + e);
        }
        return batch;
    }

    private HttpRequest next() {
        int n = sequence.incrementAndGet();
        return api.applyRequest(vacancies.get(n % vacancies.size()), n);
    }

    private static void record(Batch batch, HttpResponse<String> response, long scheduled) {
        String id = Api.applicationId(response);
        if (id == null) {
            String body = response.body() == null ? "" : response.body();
            batch.failed(response.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
        } else {
            batch.accepted(id, scheduled, System.nanoTime());
        }
    }
}
