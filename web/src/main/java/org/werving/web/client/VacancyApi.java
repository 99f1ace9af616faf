package org.werving.web.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** vacancy-service's public portal API. */
@RegisterRestClient(configKey = "vacancy")
@Produces(MediaType.APPLICATION_JSON)
public interface VacancyApi {
    /** A page of published vacancies (a JSON array of {@link Vacancies.Summary}; Link rel=next when there is more). */
    @GET
    @Path("/vacancies")
    Response list(@QueryParam("q") String q, @QueryParam("level") String level,
            @QueryParam("directorate") String directorate, @QueryParam("contractType") String contractType,
            @QueryParam("deadlineAfter") String deadlineAfter, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/vacancies/{id}")
    Response get(@PathParam("id") UUID id);

    @GET
    @Path("/salary-estimate")
    Response salaryEstimate(@QueryParam("scale") String scale, @QueryParam("privateYears") String privateYears,
            @QueryParam("publicYears") String publicYears);
}
