package org.werving.chassis.app;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.werving.chassis.messaging.Outbox;

import java.util.Map;

/** Records an event the way a service's resource does, inside the request (and so inside its trace). */
@Path("/chassis-test/traced")
public class TracedResource {
    private final Outbox outbox;

    public TracedResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("{subject}")
    public Uni<String> record(@PathParam("subject") String subject) {
        return Panache.withTransaction(() -> outbox.record("Test", subject, "Relayed", Map.of("n", 1)))
                .replaceWith(subject);
    }
}
