package org.werving.selection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.selection.mapping.CandidacyMapper;
import org.werving.selection.rest.CandidacyViews.CandidacySummary;
import org.werving.selection.service.CandidacyService;

import java.util.List;
import java.util.UUID;

/** HR's view of one vacancy's selection procedure. */
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class ProcedureResource {
    private final CandidacyService service;
    private final CandidacyMapper mapper;

    public ProcedureResource(CandidacyService service, CandidacyMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Path("/{vacancyId}/candidacies")
    @Operation(summary = "The candidacies of a vacancy with their state, current stage and scores")
    public Uni<List<CandidacySummary>> candidacies(@PathParam("vacancyId") UUID vacancyId) {
        return service.ofProcedure(vacancyId).map(mapper::toSummaries);
    }
}
