package org.werving.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark harness: for each target (a checkout with packaged jars; the baseline first), starts the
 * whole system on free ports of 127.0.0.1, measures it, stops it, and finally prints every target's
 * figures side by side. See docs/benchmarks.md; run it with deploy/bench/run.sh.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<Results> columns = new ArrayList<>();
        Thread partial = new Thread(() -> {
            System.out.println("== interrupted: the figures measured so far");
            synchronized (columns) {
                try {
                    Report.print(System.out, columns);
                } catch (RuntimeException e) {
                    System.out.println("(a figure was being written: " + e + ")");
                }
            }
        }, "print-partial");
        Runtime.getRuntime().addShutdownHook(partial);
        ExecutorService httpPool = Executors.newFixedThreadPool(8, daemon());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpPool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        for (Options.Target target : options.targets) {
            Results results = new Results(target.label());
            synchronized (columns) {
                columns.add(results);
            }
            measure(target, options, client, results);
        }
        Runtime.getRuntime().removeShutdownHook(partial);
        System.out.println("== werving benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, took " + Math.round((System.nanoTime() - started) / 1e9) + " s");
        Report.print(System.out, columns);
        httpPool.shutdownNow();
        System.exit(columns.stream().allMatch(c -> c.notes.stream().noneMatch(n -> n.startsWith("FAILED"))) ? 0 : 1);
    }

    private static void measure(Options.Target target, Options options, HttpClient client, Results results)
            throws Exception {
        Path work = options.work.resolve(target.label().replaceAll("[^A-Za-z0-9._-]", "_"));
        Files.createDirectories(work);
        System.out.println("== measuring " + target.label() + " (" + target.root() + "), logs in " + work);
        try (SystemUnderTest system = SystemUnderTest.start(target.root(), options, work, client)) {
            new Scenario(system, options, results, client, work).run();
        } catch (Exception e) {
            results.note("FAILED: " + e + " (logs in " + work + ")");
            e.printStackTrace(System.out);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread t = new Thread(runnable, "http");
            t.setDaemon(true);
            return t;
        };
    }
}
