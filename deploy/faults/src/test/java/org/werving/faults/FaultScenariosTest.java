package org.werving.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short version of the fault suite for ./mvnw verify: a database refusing connections and a
 * graceful stop, of selection-service and of candidate-service, during a short stream. Every
 * acknowledged application must get exactly one admission decision, timeline step and mail of each kind.
 * OFF by default (these scenarios still lose applications until transient failures are retried
 * inside the services): switch it on with {@code ./mvnw verify -Dfaults=true}.
 */
@EnabledIfSystemProperty(named = "faults", matches = "true")
class FaultScenariosTest {

    @Test
    void nothingLostNorDuplicatedWhenADatabaseBlinksOrAServiceStopsGracefully() throws Exception {
        List<Fault> faults = List.of(
                Fault.databaseRefuses("selection-service", Duration.ofSeconds(10)),
                Fault.databaseRefuses("candidate-service", Duration.ofSeconds(10)),
                Fault.terminate("selection-service"),
                Fault.terminate("candidate-service"));
        Scenario.Settings settings = new Scenario.Settings(60, Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(60));
        List<Result> results = FaultSuite.run(FaultSuite.root(), faults, settings);
        assertEquals(faults.size(), results.size());
        for (Result result : results) {
            assertTrue(result.acknowledged() > 0, result.fault().name() + ": nothing acknowledged");
            assertEquals(0, result.lost(), result.fault().name() + " lost: " + result.examples());
            assertEquals(0, result.duplicated(), result.fault().name() + " duplicated: " + result.examples());
            assertEquals(0, result.serverErrors(), result.fault().name() + " answered 5xx");
        }
    }
}
