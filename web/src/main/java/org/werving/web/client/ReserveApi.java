package org.werving.web.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;
import java.util.UUID;

/** reserve-service's HR API, with the signed-in person's token. */
@RegisterRestClient(configKey = "reserve")
public interface ReserveApi {
    String AUTH = "Authorization";

    @GET
    @Path("/reserves")
    Response list(@HeaderParam(AUTH) String auth, @QueryParam("vacancyId") UUID vacancyId);

    @GET
    @Path("/reserves/{reserveId}")
    Response get(@HeaderParam(AUTH) String auth, @PathParam("reserveId") UUID reserveId);

    @GET
    @Path("/reserves/{reserveId}/next")
    Response next(@HeaderParam(AUTH) String auth, @PathParam("reserveId") UUID reserveId);

    @GET
    @Path("/reserves/{reserveId}/export")
    Response export(@HeaderParam(AUTH) String auth, @PathParam("reserveId") UUID reserveId,
            @QueryParam("format") String format, @HeaderParam("Accept") String accept);

    /** {@code action}: extensions, ending, appointments or declines. */
    @POST
    @Path("/reserves/{reserveId}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response act(@HeaderParam(AUTH) String auth, @PathParam("reserveId") UUID reserveId,
            @PathParam("action") String action, Map<String, Object> body);
}
