package org.werving.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL database and a real Kafka broker for one service's
 * tests. Argument {@code database}: the service's database name.
 */
public class WervingInfraResource implements QuarkusTestResourceLifecycleManager {
    private String database = "werving";
    private InfraProcess infra;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        infra = InfraProcess.start(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", infra.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.user());
        config.put("quarkus.datasource.password", "werving");
        config.put("kafka.bootstrap.servers", infra.kafkaBootstrap());
        return config;
    }

    @Override
    public void stop() {
        if (infra != null) {
            infra.close();
        }
    }
}
