package org.werving.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system as the local run starts it: the checkout's infrastructure launcher (PostgreSQL, Kafka, the
 * mail catcher) and its four packaged services, each a process of its own on free ports of 127.0.0.1.
 */
final class SystemUnderTest implements AutoCloseable {
    static final List<String> SERVICES = List.of("vacancy-service", "candidate-service", "selection-service",
            "reserve-service");
    static final String BENCH_DB = "werving_bench";
    private static final Pattern READY = Pattern.compile("WERVING-INFRA READY postgres=(\\d+) kafka=(\\d+) .*");

    final Path root;
    private final String jvmOverride;
    final Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
    private final Process infra;
    final int pgPort;
    final int kafkaPort;
    final int smtpPort;
    final int mailWebPort;
    final Map<String, ServiceProc> services = new LinkedHashMap<>();
    final Map<String, Double> readyAlone = new LinkedHashMap<>();
    private Thread stopHook;

    private SystemUnderTest(Path root, String jvmOverride, Process infra, int pgPort, int kafkaPort, int smtpPort,
            int mailWebPort) {
        this.root = root;
        this.jvmOverride = jvmOverride;
        this.infra = infra;
        this.pgPort = pgPort;
        this.kafkaPort = kafkaPort;
        this.smtpPort = smtpPort;
        this.mailWebPort = mailWebPort;
    }

    static SystemUnderTest start(Path root, Options options, Path logs, HttpClient client) throws Exception {
        Files.createDirectories(logs);
        int smtp = freePort();
        int mailWeb = freePort();
        String cp = root.resolve("deploy/infra/target/classes") + ":" + root.resolve("deploy/infra/target/lib") + "/*";
        List<String> command = List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", cp, "org.werving.infra.Infra",
                "--watch-stdin", "--databases", "vacancy,candidate,selection,reserve," + BENCH_DB,
                "--smtp-port", String.valueOf(smtp), "--mail-web-port", String.valueOf(mailWeb));
        if (Files.readString(root.resolve("deploy/infra/src/main/java/org/werving/infra/Infra.java")).contains("\"--mail-max\"")) {
            command = new ArrayList<>(command);
            command.addAll(List.of("--mail-max", "1000000")); // a catcher that drops old mail: keep every one of a run
        }
        Process infra = new ProcessBuilder(command).redirectError(logs.resolve("infra.log").toFile()).start();
        int[] ports = awaitInfra(infra, Duration.ofSeconds(120));
        SystemUnderTest system = new SystemUnderTest(root, options.jvmOpts, infra, ports[0], ports[1], smtp, mailWeb);
        Thread stop = new Thread(system::close, "stop-system");
        Runtime.getRuntime().addShutdownHook(stop);
        system.stopHook = stop;
        try {
            system.startServices(logs, client);
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    /**
     * Each service alone first, one after the other (the time one service needs, migrating its empty
     * database), then the four at once as the local run starts them (their databases migrated already).
     */
    private void startServices(Path logs, HttpClient client) throws IOException, InterruptedException {
        for (String service : SERVICES) {
            try (ServiceProc alone = startOne(service, logs, "-alone")) {
                alone.awaitReady(client, Duration.ofSeconds(180));
                readyAlone.put(service, alone.readySeconds());
            }
        }
        for (String service : SERVICES) {
            services.put(service, startOne(service, logs, ""));
        }
        for (ServiceProc service : services.values()) {
            service.awaitReady(client, Duration.ofSeconds(180));
        }
    }

    /** CPU time of each service, of PostgreSQL, Kafka and the mail catcher, and of this harness. */
    CpuMeter cpuMeter() {
        return new CpuMeter(() -> {
            Map<String, Long> pids = new LinkedHashMap<>();
            services.values().forEach(s -> pids.put(s.name, s.jvmPid()));
            return pids;
        }, infra.toHandle());
    }

    private ServiceProc startOne(String service, Path logs, String logSuffix) throws IOException {
        String db = service.substring(0, service.indexOf('-'));
        Map<String, String> env = new HashMap<>();
        env.put("DB_REACTIVE_URL", "postgresql://127.0.0.1:" + pgPort + "/" + db);
        env.put("DB_JDBC_URL", jdbcUrl(db));
        env.put("DB_USER", "werving");
        env.put("DB_PASSWORD", "werving");
        env.put("KAFKA_BOOTSTRAP", kafkaBootstrap());
        env.put("QUARKUS_PROFILE", "local");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtpPort));
        jvmOptions.put(service, JvmOptions.of(root, service, jvmOverride));
        return ServiceProc.start(root, service, freePort(), jvmOptions.get(service), env, logs.resolve(service + logSuffix + ".log"));
    }

    private static int[] awaitInfra(Process infra, Duration timeout) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(infra.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<int[]> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = READY.matcher(line);
                    if (m.matches()) {
                        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
                    }
                }
                throw new IllegalStateException("infrastructure launcher ended before it was ready");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int[] ports = ready.get(timeout.toSeconds(), TimeUnit.SECONDS);
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // gone
            }
        }, "infra-out");
        drain.setDaemon(true);
        drain.start();
        return ports;
    }

    ServiceProc service(String name) {
        return services.get(name);
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + db;
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db), "werving", "werving");
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    @Override
    public synchronized void close() {
        if (stopHook != null && Thread.currentThread() != stopHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs this too, the lock keeps it to once
            }
        }
        List<ServiceProc> running = new ArrayList<>(services.values());
        running.forEach(ServiceProc::close);
        services.clear();
        try {
            infra.getOutputStream().close();
            if (!infra.waitFor(60, TimeUnit.SECONDS)) {
                infra.destroyForcibly();
            }
        } catch (IOException e) {
            infra.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            infra.destroyForcibly();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
