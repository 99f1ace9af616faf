package org.werving.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short version of the fault suite for ./mvnw verify (issue 13): the database of selection-service and
 * of candidate-service refusing connections for 10 s, and a graceful stop (SIGTERM) of selection-service,
 * each during a short stream of applications. Every acknowledged application must get exactly one admission
 * decision, timeline step and mail of each kind; the only 5xx allowed is a 503 problem+json with
 * Retry-After while the service's own database is down. About five minutes; {@code -Dfaults=false} skips it.
 */
@DisabledIfSystemProperty(named = "faults", matches = "false")
class FaultScenariosTest {

    @Test
    void nothingLostNorDuplicatedWhenADatabaseBlinksOrAServiceStopsGracefully() throws Exception {
        List<Fault> faults = List.of(
                Fault.databaseRefuses("selection-service", Duration.ofSeconds(10)),
                Fault.databaseRefuses("candidate-service", Duration.ofSeconds(10)),
                Fault.terminate("selection-service"));
        Scenario.Settings settings = new Scenario.Settings(60, Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(60));
        List<Result> results = FaultSuite.run(FaultSuite.root(), faults, settings);
        assertEquals(faults.size(), results.size());
        for (Result result : results) {
            assertTrue(result.acknowledged() > 0, result.fault().name() + ": nothing acknowledged");
            assertEquals(0, result.lost(), result.fault().name() + " lost: " + result.examples());
            assertEquals(0, result.duplicated(), result.fault().name() + " duplicated: " + result.examples());
            assertEquals(0, result.serverErrors(), result.fault().name() + " answered a 5xx other than 503 problem+json with Retry-After");
        }
    }
}
