package org.werving.web.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** selection-service's public list of the free time slots of a stage (no meeting link, no personal data). */
@RegisterRestClient(configKey = "selection")
@Produces(MediaType.APPLICATION_JSON)
public interface SelectionApi {
    @GET
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/free-slots")
    Response freeSlots(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder);
}
