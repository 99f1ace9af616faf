package org.werving.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's fault-injection commands act on the real processes, and the launcher keeps serving afterwards. */
class InfraControlTest {

    @Test
    void stopsAndStartsPostgresAndPausesAndResumesTheBroker() throws Exception {
        try (InfraProcess infra = InfraProcess.start("faults")) {
            int pg = infra.postgresPort();
            assertTrue(Ports.accepts(pg));
            infra.stopPostgres();
            assertFalse(Ports.accepts(pg), "PostgreSQL stopped");
            infra.startPostgres();
            assertTrue(Ports.accepts(pg), "PostgreSQL started again on its port");

            assertTrue(brokerAnswersWithin(infra, 60), "the broker answers");
            infra.pauseKafka();
            assertFalse(brokerAnswersWithin(infra, 5), "a paused broker answers nothing");
            infra.resumeKafka();
            assertTrue(brokerAnswersWithin(infra, 60), "the broker answers again after SIGCONT");

        }
    }

    private static boolean brokerAnswersWithin(InfraProcess infra, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        do {
            if (brokerAnswers(infra)) {
                return true;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static boolean brokerAnswers(InfraProcess infra) {
        Properties props = new Properties();
        props.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap());
        props.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        Admin admin = Admin.create(props);
        try {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        } finally {
            admin.close(java.time.Duration.ofSeconds(1));
        }
    }
}
