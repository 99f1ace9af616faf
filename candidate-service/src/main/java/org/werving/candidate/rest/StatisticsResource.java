package org.werving.candidate.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.candidate.service.ApplicationReader;

import java.util.List;

/** Anonymous counts for the HR dashboards: no personal data, erased applications still counted. */
@Path("/statistics/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class StatisticsResource {
    private final ApplicationReader service;

    public StatisticsResource(ApplicationReader service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "Number of applications per vacancy and status (anonymous)")
    public Uni<List<ApplicationReader.Count>> counts() {
        return service.counts();
    }
}
