package org.werving.web.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** candidate-service's HR API: who a candidate is (the personal data of an application; names live only in candidate-service). */
@RegisterRestClient(configKey = "candidate")
public interface StaffCandidateApi {
    @GET
    @Path("/applications/{id}/data")
    Response application(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id);
}
