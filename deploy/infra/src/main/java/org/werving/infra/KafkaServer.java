package org.werving.infra;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), run in
 * a JVM of its own with this module's classpath: Kafka's libraries never meet a service's.
 */
final class KafkaServer {
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final Path log;
    private Process broker;
    private Path log4jConfig;

    KafkaServer(Path baseDir, int port) {
        this.dir = baseDir.resolve("kafka");
        this.port = port;
        this.controllerPort = Ports.free();
        this.log = baseDir.resolve("kafka.log");
    }

    int port() {
        return port;
    }

    void start() throws IOException, InterruptedException {
        Path logDirs = dir.resolve("data");
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", logDirs.toString());
        props.setProperty("num.partitions", "3");
        props.setProperty("auto.create.topics.enable", "true");
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "5");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("log.flush.interval.messages", "1000000");
        log4jConfig = writeLog4jConfig();
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(out, "werving local broker");
        }
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            String clusterId = uuidBase64();
            Processes.run(javaCommand("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(),
                    "--ignore-formatted"), log);
        }
        broker = new ProcessBuilder(javaCommand("kafka.Kafka", config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (!started()) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("Kafka exited at start:\n" + Processes.tail(log));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Kafka not ready in 90 s:\n" + Processes.tail(log));
            }
            Thread.sleep(100);
        }
    }

    /** Ready when a client sees the broker in the cluster metadata. */
    private boolean started() {
        if (!Ports.accepts(port)) {
            return false;
        }
        Properties client = new Properties();
        client.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        client.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        client.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(client)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Processes.javaExecutable(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4jConfig.toUri(),
                "-cp", Processes.classpath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeLog4jConfig() {
        Path file = dir.resolve("log4j2.properties");
        try {
            Files.writeString(file, "status = warn\n"
                    + "appender.out.type = Console\nappender.out.name = out\n"
                    + "appender.out.layout.type = PatternLayout\n"
                    + "appender.out.layout.pattern = %d %p %c{1} %m%n\n"
                    + "rootLogger.level = warn\nrootLogger.appenderRef.out.ref = out\n"
                    + "logger.server.name = kafka.server.KafkaRaftServer\nlogger.server.level = info\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** A random cluster id; one that starts with '-' would be read as an option by the storage tool. */
    private static String uuidBase64() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
            buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
        } while (id.startsWith("-"));
        return id;
    }

    /** Sends a signal (STOP, CONT) to the broker process: a paused broker holds its connections but answers nothing. */
    void signal(String name) {
        if (broker == null || !broker.isAlive()) {
            throw new IllegalStateException("the broker is not running");
        }
        Processes.run(List.of("kill", "-" + name, String.valueOf(broker.pid())), log);
    }

    void stop() {
        if (broker == null || !broker.isAlive()) {
            return;
        }
        try {
            signal("CONT"); // a paused broker cannot stop
        } catch (RuntimeException e) {
            // not paused, or gone
        }
        broker.destroy();
        try {
            if (!broker.waitFor(20, TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broker.destroyForcibly();
        }
    }
}
