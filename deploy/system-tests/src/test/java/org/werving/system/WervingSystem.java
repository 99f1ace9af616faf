package org.werving.system;

import org.werving.infra.InfraProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole system: PostgreSQL, Kafka and the four services, each a real process. */
final class WervingSystem implements AutoCloseable {
    static final List<String> SERVICES = List.of("vacancy-service", "candidate-service", "selection-service",
            "reserve-service");

    private final InfraProcess infra;
    private final Map<String, ServiceProcess> services = new HashMap<>();

    private WervingSystem(InfraProcess infra) {
        this.infra = infra;
    }

    static WervingSystem start() throws InterruptedException {
        Path root = Path.of(System.getProperty("werving.root", "../..")).toAbsolutePath().normalize();
        WervingSystem system = new WervingSystem(InfraProcess.start("vacancy", "candidate", "selection", "reserve"));
        Runtime.getRuntime().addShutdownHook(new Thread(system::close));
        try {
            for (String service : SERVICES) {
                String database = service.substring(0, service.indexOf('-'));
                Map<String, String> env = new HashMap<>();
                env.put("DB_REACTIVE_URL", system.infra.reactiveUrl(database));
                env.put("DB_JDBC_URL", system.infra.jdbcUrl(database));
                env.put("DB_USER", system.infra.user());
                env.put("DB_PASSWORD", "werving");
                env.put("KAFKA_BOOTSTRAP", system.infra.kafkaBootstrap());
                env.put("QUARKUS_PROFILE", "local"); // trusts the development token issuer
                system.services.put(service, ServiceProcess.start(root, service, env));
            }
            for (ServiceProcess process : system.services.values()) {
                process.awaitReady(Duration.ofSeconds(90));
            }
            return system;
        } catch (RuntimeException | InterruptedException e) {
            system.close();
            throw e;
        }
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    @Override
    public synchronized void close() {
        for (ServiceProcess process : new ArrayList<>(services.values())) {
            process.close();
        }
        services.clear();
        infra.close();
    }
}
