package org.werving.selection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.selection.mapping.CandidacyMapper;
import org.werving.selection.rest.CandidacyViews.CandidacyView;
import org.werving.selection.service.CandidacyService;

import java.util.UUID;

/** HR's view of one candidacy and its steps through the procedure. */
@Path("/candidacies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class CandidacyResource {
    private final CandidacyService service;
    private final CandidacyMapper mapper;

    public CandidacyResource(CandidacyService service, CandidacyMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "One candidacy with its screening, stage scores, motivation and decisions")
    public Uni<CandidacyView> get(@PathParam("applicationId") UUID applicationId) {
        return service.details(applicationId).map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/capacity-test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the level and capacity test result (CapacityTestRecorded; failed: CandidateEliminated)")
    public Uni<CandidacyView> capacityTest(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull CapacityTestRequest request) {
        return service.recordCapacityTest(applicationId, request.passed(), request.score()).map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/stages/{stageOrder}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score the candidate's current stage (InterviewScored; then CandidateEliminated or SelectionPassed)")
    public Uni<CandidacyView> score(@PathParam("applicationId") UUID applicationId,
            @PathParam("stageOrder") int stageOrder, @Valid @NotNull ScoreRequest request) {
        return service.scoreStage(applicationId, stageOrder, request.score()).map(mapper::toView);
    }
}
