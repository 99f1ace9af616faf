package org.werving.system;

import org.werving.infra.InfraProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system: PostgreSQL, Kafka and the four services, each a real process; with {@link #startWithWeb}
 * also the web front end, and candidate-service mailing through a given SMTP server with links to that web.
 */
public final class WervingSystem implements AutoCloseable {
    static final List<String> SERVICES = List.of("vacancy-service", "candidate-service", "selection-service",
            "reserve-service");

    static final String WEB = "web";

    private final InfraProcess infra;
    private final Map<String, ServiceProcess> services = new HashMap<>();

    private WervingSystem(InfraProcess infra) {
        this.infra = infra;
    }

    public static WervingSystem start() throws InterruptedException {
        return start(0, false, Map.of());
    }

    /** The four services with {@code settings} added to each one's environment (e.g. the OTLP collector's address). */
    public static WervingSystem startWith(Map<String, String> settings) throws InterruptedException {
        return start(0, false, settings);
    }

    /** The four services, candidate-service mailing to the SMTP server on {@code smtpPort} (no web front end). */
    public static WervingSystem startWithMail(int smtpPort) throws InterruptedException {
        return start(smtpPort, false, Map.of());
    }

    /**
     * Also starts the packaged web front end (web/target/quarkus-app) on a port of its own; candidate-service
     * mails to the SMTP server on {@code smtpPort} and its links open that web's "mijn kandidatuur" page.
     */
    public static WervingSystem startWithWeb(int smtpPort) throws InterruptedException {
        return start(smtpPort, true, Map.of());
    }

    private static WervingSystem start(int smtpPort, boolean web, Map<String, String> settings)
            throws InterruptedException {
        Path root = Path.of(System.getProperty("werving.root", "../..")).toAbsolutePath().normalize();
        WervingSystem system = new WervingSystem(InfraProcess.start("vacancy", "candidate", "selection", "reserve"));
        Runtime.getRuntime().addShutdownHook(new Thread(system::close));
        int webPort = web ? ServiceProcess.freePort() : 0;
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
                env.putAll(settings);
                if (smtpPort > 0 && service.equals("candidate-service")) {
                    env.put("SMTP_HOST", "127.0.0.1");
                    env.put("SMTP_PORT", String.valueOf(smtpPort));
                }
                if (web && service.equals("candidate-service")) {
                    // localhost: the browser treats it as a secure context, so the Secure cookie holds over http
                    env.put("PORTAL_SELF_SERVICE_URL", "http://localhost:" + webPort + "/mijn-kandidatuur");
                }
                system.services.put(service, ServiceProcess.start(root, service, env));
            }
            if (web) {
                Map<String, String> env = new HashMap<>();
                env.put("QUARKUS_PROFILE", "local"); // the development session key
                env.put("WERVING_VACANCY_URL", system.url("vacancy-service"));
                env.put("WERVING_CANDIDATE_URL", system.url("candidate-service"));
                env.put("WERVING_SELECTION_URL", system.url("selection-service"));
                env.put("WERVING_RESERVE_URL", system.url("reserve-service"));
                // the development sign-in of HR and jurors signs with the development issuer's key
                env.put("WERVING_WEB_DEV_KEY_FILE",
                        root.resolve("deploy/infra/src/main/resources/werving-dev-keys/private.pem").toString());
                system.services.put(WEB, ServiceProcess.start(root, WEB, env, webPort));
            }
            // -Dwerving.ready-timeout=PT5M gives the processes longer on a machine busy with other builds.
            Duration ready = Duration.parse(System.getProperty("werving.ready-timeout", "PT180S"));
            for (ServiceProcess process : system.services.values()) {
                process.awaitReady(ready);
            }
            return system;
        } catch (RuntimeException | InterruptedException e) {
            system.close();
            throw e;
        }
    }

    public String url(String service) {
        return services.get(service).baseUrl();
    }

    /** The web front end's address as a browser and the mailed links use it (localhost, not 127.0.0.1). */
    public String webUrl() {
        return services.get(WEB).baseUrl().replace("127.0.0.1", "localhost");
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
