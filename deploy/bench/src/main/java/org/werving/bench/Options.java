package org.werving.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line options of the harness; every size and duration is bounded and has a default for a quick run. */
final class Options {
    /** One system to measure: a column of the table. */
    record Target(String label, Path root) {
    }

    final List<Target> targets = new ArrayList<>();
    Path demo;
    Path work = Path.of("deploy/bench/target/run");
    int warmup = 50;
    int applications = 1000;
    int concurrency = 24;
    List<Integer> rates = List.of(20, 50, 100);
    int rateSeconds = 10;
    int storedRate = 50;
    int portalSeconds = 10;
    int portalConnections = 16;
    int pgClients = 32;
    int pgSeconds = 10;
    int cvKb = 50;
    int seedApplications = 5_000;
    int seedVacancies = 100;
    boolean seed = true;
    int outcomeTimeoutSeconds = 180;
    String jvmOpts;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--target" -> o.target(args[++i]);
                case "--demo" -> o.demo = Path.of(args[++i]).toAbsolutePath();
                case "--work" -> o.work = Path.of(args[++i]).toAbsolutePath();
                case "--warmup" -> o.warmup = bounded(args[++i], 0, 10_000);
                case "--applications" -> o.applications = bounded(args[++i], 1, 100_000);
                case "--concurrency" -> o.concurrency = bounded(args[++i], 1, 256);
                case "--rates" -> o.rates = Arrays.stream(args[++i].split(",")).map(r -> bounded(r, 1, 2_000)).toList();
                case "--rate-seconds" -> o.rateSeconds = bounded(args[++i], 1, 600);
                case "--stored-rate" -> o.storedRate = bounded(args[++i], 1, 2_000);
                case "--portal-seconds" -> o.portalSeconds = bounded(args[++i], 1, 600);
                case "--portal-connections" -> o.portalConnections = bounded(args[++i], 1, 256);
                case "--pg-clients" -> o.pgClients = bounded(args[++i], 1, 150);
                case "--pg-seconds" -> o.pgSeconds = bounded(args[++i], 1, 600);
                case "--cv-kb" -> o.cvKb = bounded(args[++i], 0, 10_000);
                case "--seed-applications" -> o.seedApplications = bounded(args[++i], 0, 2_000_000);
                case "--seed-vacancies" -> o.seedVacancies = bounded(args[++i], 0, 10_000);
                case "--no-seed" -> o.seed = false;
                case "--full" -> {
                    o.seedApplications = 100_000;
                    o.seedVacancies = 1_000;
                }
                case "--outcome-timeout" -> o.outcomeTimeoutSeconds = bounded(args[++i], 10, 3_600);
                case "--jvm-opts" -> o.jvmOpts = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (o.targets.isEmpty()) {
            o.targets.add(new Target("working tree", Path.of("").toAbsolutePath()));
        }
        if (o.demo == null) {
            o.demo = o.targets.get(o.targets.size() - 1).root().resolve("deploy/local/demo");
        }
        return o;
    }

    private void target(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--target wants label=path, got " + spec);
        }
        targets.add(new Target(spec.substring(0, eq), Path.of(spec.substring(eq + 1)).toAbsolutePath().normalize()));
    }

    private static int bounded(String value, int min, int max) {
        int v = Integer.parseInt(value.trim());
        if (v < min || v > max) {
            throw new IllegalArgumentException(value + " outside " + min + ".." + max);
        }
        return v;
    }
}
