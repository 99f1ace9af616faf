package org.werving.faults;

import org.werving.infra.ApplyOnceKnown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The fault suite: starts werving from its packaged jars on free ports and runs each scenario
 * against one stream of applications, printing per scenario what was sent, acknowledged, lost
 * and duplicated, the 5xx answers and the time to recover.
 *
 * <pre>
 * deploy/faults/run.sh                      # every scenario
 * deploy/faults/run.sh kill-9 db-refuses:selection   # scenarios whose name starts with one of these
 * </pre>
 * Settings (system properties): faults.applications (300), faults.seconds (60: the stream's length),
 * faults.fault-after (15 s into the stream), faults.settle (120 s to wait for the pipeline after
 * the stream), faults.broker-pause (60 s). The exit status is 1 when any scenario lost or
 * duplicated an application.
 */
public final class FaultSuite {
    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--list")) {
            Fault.all(Duration.ofSeconds(60)).forEach(f -> System.out.println(f.name() + "\t" + f.description()));
            return;
        }
        List<Fault> faults = select(Fault.all(Duration.ofSeconds(integer("faults.broker-pause", 60))), Arrays.asList(args));
        if (faults.isEmpty()) {
            System.err.println("no scenario matches " + Arrays.toString(args) + "; scenarios: "
                    + Fault.all(Duration.ofSeconds(60)).stream().map(Fault::name).toList());
            System.exit(2);
        }
        List<Result> results = run(root(), faults, settingsFromProperties());
        System.exit(results.stream().allMatch(Result::clean) ? 0 : 1);
    }

    static Scenario.Settings settingsFromProperties() {
        return new Scenario.Settings(integer("faults.applications", 300), Duration.ofSeconds(integer("faults.seconds", 60)),
                Duration.ofSeconds(integer("faults.fault-after", 15)), Duration.ofSeconds(integer("faults.settle", 120)));
    }

    /** Runs the scenarios one after the other against one running system; prints and returns the results. */
    static List<Result> run(Path root, List<Fault> faults, Scenario.Settings settings) throws Exception {
        Path logs = root.resolve("deploy/faults/target/fault-logs");
        System.out.println("== starting PostgreSQL, Kafka, the mail catcher and the four services (logs in " + logs + ")");
        List<Result> results = new ArrayList<>();
        try (SystemUnderTest system = SystemUnderTest.start(root, logs); EventWatch events = new EventWatch(system.kafkaBootstrap())) {
            Api api = new Api(system);
            String vacancyId = api.publishVacancy("FAULTS-" + UUID.randomUUID().toString().substring(0, 8));
            awaitPortal(api, vacancyId);
            for (Fault fault : faults) {
                Scenario.Settings own = lengthened(settings, fault);
                System.out.printf(Locale.ROOT, "== %s: %s; %d applications over %d s, fault at %d s%n", fault.name(),
                        fault.description(), own.applications(), own.stream().toSeconds(), own.faultAfter().toSeconds());
                Result result = new Scenario(fault, own, system, api, events, vacancyId)
                        .run(fault.name().replace(':', '-') + "-" + System.currentTimeMillis());
                results.add(result);
                print(result);
            }
        }
        System.out.println();
        System.out.println("== fault suite: per scenario");
        System.out.println(Result.header());
        results.forEach(r -> System.out.println(r.row()));
        long clean = results.stream().filter(Result::clean).count();
        System.out.println(clean + " of " + results.size() + " scenarios lost and duplicated nothing.");
        return results;
    }

    /** A fault that lasts longer than the stream gets a longer stream, at the same rate. */
    private static Scenario.Settings lengthened(Scenario.Settings settings, Fault fault) {
        long needed = settings.faultAfter().toSeconds() + fault.hold().toSeconds() + 15;
        if (needed <= settings.stream().toSeconds()) {
            return settings;
        }
        int applications = (int) (settings.applications() * needed / Math.max(1, settings.stream().toSeconds()));
        return new Scenario.Settings(applications, Duration.ofSeconds(needed), settings.faultAfter(), settings.settle());
    }

    private static void print(Result result) {
        System.out.println(Result.header());
        System.out.println(result.row());
        result.examples().forEach(e -> System.out.println("   " + e));
        result.deadLetterReasons().forEach((reason, count) -> System.out.println("   dead-lettered " + count + " × " + reason));
    }

    /** candidate-service takes applications once it has read the VacancyPublished event. */
    private static void awaitPortal(Api api, String vacancyId) {
        ApplyOnceKnown.apply(Duration.ofSeconds(120), () -> {
            Api.Answer answer = api.apply(Api.form(vacancyId, "warm-up-" + UUID.randomUUID() + "@faults.example", 0));
            return new ApplyOnceKnown.Attempt<>(answer.status(), "(warm-up application)", answer.applicationId());
        });
    }

    static List<Fault> select(List<Fault> all, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return all;
        }
        return all.stream().filter(f -> prefixes.stream().anyMatch(p -> f.name().startsWith(p))).toList();
    }

    static Path root() {
        String configured = System.getProperty("werving.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/faults")) && Files.isDirectory(dir.resolve("candidate-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from the checkout, or set -Dwerving.root");
    }

    private static int integer(String property, int fallback) {
        return Integer.parseInt(System.getProperty(property, String.valueOf(fallback)));
    }
}
