package org.werving.chassis.app;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.werving.infra.WervingInfraResource;

/** The chassis' tests run against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(value = WervingInfraResource.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
public class InfraTestResource {
}
