package org.werving.faults;

import org.werving.infra.InfraProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * werving from its packaged jars: PostgreSQL, Kafka and the mail catcher through deploy/infra's
 * launcher, and the four services on free ports, each in its own process.
 */
final class SystemUnderTest implements AutoCloseable {
    static final List<String> SERVICES = List.of("vacancy-service", "candidate-service", "selection-service", "reserve-service");
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final InfraProcess infra;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private SystemUnderTest(InfraProcess infra) {
        this.infra = infra;
    }

    static SystemUnderTest start(Path root, Path logs) {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemUnderTest system = new SystemUnderTest(InfraProcess.startWithMailCatcher("vacancy", "candidate", "selection", "reserve"));
        try {
            for (String name : SERVICES) {
                ServiceProcess service = new ServiceProcess(name, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                        freePort(), system.environment(name), logs.resolve(name + ".log"));
                system.services.put(name, service);
                service.start();
            }
            system.services.values().forEach(s -> s.awaitReady(START_TIMEOUT));
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private Map<String, String> environment(String service) {
        String database = service.substring(0, service.indexOf('-'));
        Map<String, String> env = new HashMap<>();
        env.put("DB_REACTIVE_URL", infra.reactiveUrl(database));
        env.put("DB_JDBC_URL", infra.jdbcUrl(database));
        env.put("DB_USER", infra.user());
        env.put("DB_PASSWORD", "werving");
        env.put("KAFKA_BOOTSTRAP", infra.kafkaBootstrap());
        env.put("QUARKUS_PROFILE", "local"); // trusts the development token issuer
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(infra.smtpPort()));
        env.put("RATE_LIMIT_APPLY", "1000000"); // every application of the stream comes from 127.0.0.1
        return env;
    }

    ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; one of " + SERVICES);
        }
        return service;
    }

    String url(String service) {
        return service(service).url();
    }

    InfraProcess infra() {
        return infra;
    }

    String kafkaBootstrap() {
        return infra.kafkaBootstrap();
    }

    String mailUrl() {
        return infra.mailUrl();
    }

    /** Runs statements on the server's maintenance database as the superuser {@code werving}. */
    void admin(String... statements) {
        try (Connection connection = DriverManager.getConnection(infra.jdbcUrl("postgres"), infra.user(), "werving");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
        infra.close();
    }
}
