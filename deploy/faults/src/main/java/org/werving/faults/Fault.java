package org.werving.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One fault: {@link #inject} breaks something, {@link #heal} puts it right (a killed or stopped
 * service is started again, as Kubernetes would; a paused broker resumes; a database accepts
 * connections again). {@code hold} is how long the fault lasts before it is healed.
 */
record Fault(String name, String description, Duration hold, Action inject, Action heal) {

    interface Action {
        void run(SystemUnderTest system);
    }

    static Fault kill(String service) {
        return new Fault("kill-9:" + service, "kill -9 of " + service + ", then started again", Duration.ZERO,
                s -> s.service(service).kill(), s -> restart(s, service));
    }

    static Fault terminate(String service) {
        return new Fault("sigterm:" + service, "graceful stop (SIGTERM) of " + service + " mid-stream, then started again",
                Duration.ZERO, s -> s.service(service).terminate(), s -> restart(s, service));
    }

    static Fault brokerPaused(Duration hold) {
        return new Fault("broker-paused", "Kafka broker frozen (SIGSTOP) for " + hold.toSeconds() + " s, then SIGCONT", hold,
                s -> s.infra().pauseKafka(), s -> s.infra().resumeKafka());
    }

    static Fault postgresRestarted(Duration hold) {
        return new Fault("postgres-restart", "PostgreSQL stopped (fast shutdown) for " + hold.toSeconds() + " s, then started",
                hold, s -> s.infra().stopPostgres(), s -> s.infra().startPostgres());
    }

    /** The database of one service refuses new connections and loses the ones it had. */
    static Fault databaseRefuses(String service, Duration hold) {
        String db = service.substring(0, service.indexOf('-'));
        return new Fault("db-refuses:" + db, "database " + db + " refuses connections for " + hold.toSeconds() + " s", hold,
                s -> s.admin("ALTER DATABASE " + db + " ALLOW_CONNECTIONS false",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'"),
                s -> s.admin("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true"));
    }

    private static void restart(SystemUnderTest system, String service) {
        ServiceProcess process = system.service(service);
        process.start();
        process.awaitReady(SystemUnderTest.START_TIMEOUT);
    }

    /** Every scenario of the full suite, in the order it runs them. */
    static List<Fault> all(Duration brokerPause) {
        List<Fault> faults = new ArrayList<>();
        SystemUnderTest.SERVICES.forEach(s -> faults.add(kill(s)));
        faults.add(brokerPaused(brokerPause));
        faults.add(postgresRestarted(Duration.ofSeconds(10)));
        SystemUnderTest.SERVICES.forEach(s -> faults.add(databaseRefuses(s, Duration.ofSeconds(10))));
        SystemUnderTest.SERVICES.forEach(s -> faults.add(terminate(s)));
        return faults;
    }
}
