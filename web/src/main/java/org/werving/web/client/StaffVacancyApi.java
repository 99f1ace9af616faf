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

/** vacancy-service's HR API, with the signed-in person's token. */
@RegisterRestClient(configKey = "vacancy")
public interface StaffVacancyApi {
    String AUTH = "Authorization";

    @GET
    @Path("/hr/vacancies")
    Response list(@HeaderParam(AUTH) String auth, @QueryParam("status") String status);

    @GET
    @Path("/hr/vacancies/{id}")
    Response get(@HeaderParam(AUTH) String auth, @PathParam("id") UUID id);

    @POST
    @Path("/hr/vacancies/{id}/publish")
    Response publish(@HeaderParam(AUTH) String auth, @PathParam("id") UUID id);

    /** {@code action}: close (body: reason) or amendments (body: reason and what changes). */
    @POST
    @Path("/hr/vacancies/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response act(@HeaderParam(AUTH) String auth, @PathParam("id") UUID id, @PathParam("action") String action,
            Map<String, Object> body);
}
