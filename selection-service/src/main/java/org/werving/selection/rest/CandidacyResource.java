package org.werving.selection.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.selection.rest.CandidacyMapper;
import org.werving.selection.rest.CandidacyViews.CandidacyView;
import org.werving.selection.rest.JuryMapper;
import org.werving.selection.rest.JuryViews.JuryScoreRequest;
import org.werving.selection.rest.JuryViews.ScoreSheetRequest;
import org.werving.selection.rest.JuryViews.ScoreSheetView;
import org.werving.selection.rest.JuryViews.MemberScoreView;
import org.werving.selection.service.CandidacyQueries;
import org.werving.selection.service.CapacityTestService;
import org.werving.selection.service.ScreeningDecisionService;
import org.werving.selection.service.StageScoringService;
import org.werving.selection.service.JuryScoringService;
import org.werving.selection.service.Caller;
import org.werving.selection.model.ScoreEntry;

import java.net.URI;
import java.util.UUID;

/** HR's view of one candidacy and its steps through the procedure. */
@Path("/candidacies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class CandidacyResource {
    private final CandidacyQueries service;
    private final CapacityTestService capacityTests;
    private final StageScoringService stageScoring;
    private final ScreeningDecisionService screening;
    private final CandidacyMapper mapper;
    private final JuryScoringService jury;
    private final JuryMapper juryMapper;
    private final SecurityIdentity identity;
    private final org.werving.selection.service.SlotService slots;

    public CandidacyResource(CandidacyQueries service, CapacityTestService capacityTests,
            StageScoringService stageScoring, ScreeningDecisionService screening, CandidacyMapper mapper, JuryScoringService jury, JuryMapper juryMapper,
            SecurityIdentity identity, org.werving.selection.service.SlotService slots) {
        this.slots = slots;
        this.service = service;
        this.capacityTests = capacityTests;
        this.stageScoring = stageScoring;
        this.screening = screening;
        this.mapper = mapper;
        this.jury = jury;
        this.juryMapper = juryMapper;
        this.identity = identity;
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "One candidacy with its screening, stage scores, motivation and decisions")
    public Uni<CandidacyView> get(@PathParam("applicationId") UUID applicationId) {
        return service.details(applicationId).map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/capacity-test")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the level and capacity test result (CapacityTestRecorded; failed: CandidateEliminated)")
    public Uni<CandidacyView> capacityTest(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull CapacityTestRequest request) {
        return capacityTests.recordCapacityTest(applicationId, request.passed(), request.score(), request.takenOn(),
                request.provider(), subject()).map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/stages/{stageOrder}/score")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score the candidate's current stage (InterviewScored; then CandidateEliminated or SelectionPassed)")
    public Uni<CandidacyView> score(@PathParam("applicationId") UUID applicationId,
            @PathParam("stageOrder") int stageOrder, @Valid @NotNull ScoreRequest request) {
        return stageScoring.scoreStage(applicationId, stageOrder, request.score(), subject()).map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/preselection")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR's preselection of an admitted candidate on relevant experience and motivation, with a "
            + "written motivation: retained, or not retained (NOT_ADMITTED, ScreeningFailed)")
    public Uni<CandidacyView> preselect(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull PreselectionRequest request) {
        return screening.preselect(applicationId, request.retained(), request.motivation(), subject())
                .map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/screening-override")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR overrides the automatic screening (after the preselection), with a mandatory written "
            + "motivation (ScreeningPassed / ScreeningFailed)")
    public Uni<CandidacyView> overrideScreening(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull ScreeningOverrideRequest request) {
        return screening.overrideScreening(applicationId, request.admitted(),
                Boolean.TRUE.equals(request.capacityTestRequired()), request.motivation(), subject())
                .map(mapper::toView);
    }

    @POST
    @Path("/{applicationId}/stages/{stageOrder}/jury-scores")
    @RolesAllowed({"hr", "jury"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A jury member's score of the candidate on one component of the stage, or on one "
            + "competency within it (a juror only in the stages they are assigned to; HR may record for a named member)")
    public Uni<MemberScoreView> juryScore(@PathParam("applicationId") UUID applicationId,
            @PathParam("stageOrder") int stageOrder, @Valid @NotNull JuryScoreRequest request) {
        return jury.score(applicationId, stageOrder, request.member(),
                new ScoreEntry(request.component(), request.competency(), request.score()),
                new Caller(subject(), identity.hasRole("hr"))).map(juryMapper::toView);
    }

    @PUT
    @Path("/{applicationId}/stages/{stageOrder}/score-sheet")
    @RolesAllowed({"hr", "jury"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Several scores of one jury member for the candidate at once (all or none); answers the "
            + "member's whole sheet with the cells still missing")
    public Uni<ScoreSheetView> scoreSheet(@PathParam("applicationId") UUID applicationId,
            @PathParam("stageOrder") int stageOrder, @Valid @NotNull ScoreSheetRequest request) {
        return jury.scoreSheet(applicationId, stageOrder, request.member(), request.scores().stream()
                        .map(c -> new ScoreEntry(c.component(), c.competency(), c.score())).toList(),
                new Caller(subject(), identity.hasRole("hr"))).map(juryMapper::toView);
    }

    @POST
    @Path("/{applicationId}/stages/{stageOrder}/booking")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a seat of a time slot for the candidate of the stage (InterviewScheduled); "
            + "never beyond the slot's capacity")
    @APIResponse(responseCode = "201", description = "Booked: the booking; Location names the slot",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SlotViews.BookingView.class)))
    public Uni<Response> book(@PathParam("applicationId") UUID applicationId, @PathParam("stageOrder") int stageOrder,
            @Valid @NotNull SlotViews.BookingRequest request, @Context UriInfo uri) {
        return slots.book(applicationId, stageOrder, request.slotId(), subject())
                .map(booked -> Response.created(URI.create(uri.getBaseUri() + "procedures/" + booked.slot().vacancyId
                                + "/stages/" + stageOrder + "/slots/" + booked.slot().id))
                        .entity(new SlotViews.BookingView(booked.booking().id, applicationId, stageOrder, SlotResource.view(booked.slot()),
                                booked.booking().bookedBy, booked.booking().bookedAt))
                        .build());
    }

    @POST
    @Path("/{applicationId}/stages/{stageOrder}/booking/cancellation")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the candidate's booked moment of an open stage, with a reason: the seat is free "
            + "again and InterviewCancelled tells the candidate to choose another moment")
    public Uni<Response> cancelBooking(@PathParam("applicationId") UUID applicationId,
            @PathParam("stageOrder") int stageOrder, @Valid @NotNull SlotViews.CancellationRequest request) {
        return slots.cancel(applicationId, stageOrder, request.reason().trim(), subject())
                .map(x -> Response.noContent().build());
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }
}
