package org.werving.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time spent by each part of the system under test, read from /proc: a figure that holds on a busy machine,
 * where wall-clock rates do not. A snapshot sums user and system time of each process, with the time of its
 * children that ended (a PostgreSQL backend that closed is counted in the postmaster's), so the difference of two
 * snapshots is the CPU the part used between them. Parts: each service's JVM; PostgreSQL (every {@code postgres}
 * process under the infrastructure launcher); the Kafka broker (the launcher's child JVM that runs kafka.Kafka);
 * the launcher itself with the mail catcher; the harness (load generator and outcome consumer).
 */
final class CpuMeter {
    static final String POSTGRES = "PostgreSQL";
    static final String KAFKA = "Kafka broker";
    static final String CATCHER = "launcher + mail catcher";
    static final String HARNESS = "harness (load generator)";
    static final String TOTAL = "total";
    /** Clock ticks per second of /proc/&lt;pid&gt;/stat; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Supplier<Map<String, Long>> services;
    private final ProcessHandle infra;

    /** {@code services}: the name and JVM pid of each service at the moment of the snapshot. */
    CpuMeter(Supplier<Map<String, Long>> services, ProcessHandle infra) {
        this.services = services;
        this.infra = infra;
    }

    /** CPU seconds used so far by each part, in a stable order. */
    Map<String, Double> snapshot() {
        Map<String, Double> parts = new LinkedHashMap<>();
        services.get().forEach((name, pid) -> parts.put(name, seconds(pid)));
        parts.put(POSTGRES, 0.0);
        parts.put(KAFKA, 0.0);
        infra.descendants().forEach(p -> {
            String part = partOf(p.pid());
            if (part != null) {
                parts.merge(part, seconds(p.pid()), Double::sum);
            }
        });
        parts.put(CATCHER, seconds(infra.pid()));
        parts.put(HARNESS, seconds(ProcessHandle.current().pid()));
        return parts;
    }

    /**
     * Milliseconds of CPU per item for each part between two snapshots, and their total: the services, PostgreSQL
     * and Kafka, without the harness and the mail catcher (in production the mail server is not ours).
     */
    static Map<String, Double> perItem(Map<String, Double> before, Map<String, Double> after, int items) {
        Map<String, Double> per = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double ms = 1000 * (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / Math.max(1, items);
            per.put(e.getKey(), ms);
            if (inSystem(e.getKey())) {
                total += ms;
            }
        }
        per.put(TOTAL, total);
        return per;
    }

    /** Whether a part is of the system under test: not the harness, not the launcher with the mail catcher. */
    private static boolean inSystem(String part) {
        return !HARNESS.equals(part) && !CATCHER.equals(part);
    }

    /** The part a descendant of the launcher belongs to, or null (runuser, initdb, a short-lived tool). */
    private static String partOf(long pid) {
        try {
            String comm = Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).trim();
            if (comm.equals("postgres")) {
                return POSTGRES;
            }
            if (comm.equals("java")) {
                String cmd = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")));
                return cmd.contains("kafka.Kafka") ? KAFKA : null;
            }
        } catch (IOException e) {
            // ended meanwhile
        }
        return null;
    }

    /** utime + stime + cutime + cstime of /proc/&lt;pid&gt;/stat in seconds; 0 if the process is gone. */
    static double seconds(long pid) {
        try {
            return parseStat(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    /** Fields 14–17 of a stat line; the command name (field 2) may hold spaces, so count from its closing ')'. */
    static double parseStat(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state): utime is field 14, so f[11]; then stime, cutime, cstime
        long ticks = 0;
        for (int i = 11; i <= 14; i++) {
            ticks += Long.parseLong(f[i]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** How long {@link #awaitIdle} waited, how busy the system was in its last window, and whether it settled. */
    record Idle(double seconds, double cores, boolean settled, String busiest) {
        /** "after 6 s: 0.04 cores busy (most: Kafka broker 0.02)" or "still 0.31 cores busy after 120 s (…); measured anyway". */
        String summary() {
            return settled ? String.format("after %.0f s: %.2f cores busy (%s)", seconds, cores, busiest)
                    : String.format("still %.2f cores busy after %.0f s (%s); measured anyway", cores, seconds, busiest);
        }
    }

    /**
     * Waits until the system (services, PostgreSQL, Kafka) keeps fewer than {@code cores} busy over a
     * {@code window}, at most {@code max}, so that a phase that follows a load measures itself and not the tail of
     * the load before (consumers, relays and the broker still busy after the outboxes drained). Waiting until the
     * load merely stopped falling was tried and is not enough: it stopped after 22 s with the broker still at 0.22
     * cores, and the list measured half of what it measured after 120 s.
     */
    Idle awaitIdle(double cores, Duration window, Duration max) throws InterruptedException {
        long started = System.nanoTime();
        double seconds = window.toMillis() / 1000.0;
        Map<String, Double> before = snapshot();
        while (true) {
            Thread.sleep(window.toMillis());
            Map<String, Double> after = snapshot();
            double busy = busyCores(before, after, seconds);
            double waited = (System.nanoTime() - started) / 1e9;
            if (busy < cores || waited >= max.toMillis() / 1000.0) {
                return new Idle(waited, busy, busy < cores, busiest(before, after, seconds));
            }
            before = after;
        }
    }

    /** The part that kept the most cores busy between two snapshots, as "name 0.12". */
    static String busiest(Map<String, Double> before, Map<String, Double> after, double seconds) {
        return perItem(before, after, 1).entrySet().stream().filter(e -> inSystem(e.getKey()) && !TOTAL.equals(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(e -> String.format("most: %s %.2f", e.getKey(), e.getValue() / 1000.0 / seconds)).orElse("-");
    }

    /** How many cores the system (without the harness and the mail catcher) kept busy between two snapshots. */
    static double busyCores(Map<String, Double> before, Map<String, Double> after, double seconds) {
        return perItem(before, after, 1).get(TOTAL) / 1000.0 / seconds;
    }

    /** "candidate-service 12.3, selection-service 4.5, …; total 30.1 ms" for the table. */
    static String format(Map<String, Double> perItem) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : perItem.entrySet()) {
            if (e.getKey().equals(TOTAL)) {
                continue;
            }
            s.append(s.length() == 0 ? "" : ", ").append(shortName(e.getKey())).append(' ')
                    .append(String.format("%.1f", e.getValue()));
        }
        double total = perItem.getOrDefault(TOTAL, 0.0);
        return String.format("%.1f ms: services, PostgreSQL and Kafka (%s); 2 cores give at most %.0f/s", total, s,
                total <= 0 ? 0 : 2000 / total);
    }

    private static String shortName(String part) {
        return part.endsWith("-service") ? part.substring(0, part.length() - "-service".length()) : part;
    }
}
