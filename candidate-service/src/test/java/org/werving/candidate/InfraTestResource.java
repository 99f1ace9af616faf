package org.werving.candidate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.werving.infra.WervingInfraResource;

/** Every test of this service runs against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(value = WervingInfraResource.class, initArgs = @ResourceArg(name = "database", value = "candidate"))
public class InfraTestResource {
}
