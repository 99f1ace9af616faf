package org.werving.selection.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.werving.selection.model.TimeSlot;
import org.werving.selection.rest.SlotViews.SlotRequest;
import org.werving.selection.rest.SlotViews.SlotView;
import org.werving.selection.service.SlotService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Time slots per stage (HR opens them; candidates book through candidate-service, HR through /candidacies). */
@Path("/procedures/{vacancyId}/stages/{stageOrder}/slots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class SlotResource {
    private final SlotService service;
    private final SecurityIdentity identity;

    public SlotResource(SlotService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a time slot for a stage (start, duration, meeting link or place, capacity)")
    @APIResponse(responseCode = "201", description = "Opened: the time slot; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SlotView.class)))
    public Uni<Response> open(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder,
            @Valid @NotNull SlotRequest request, @Context UriInfo uri) {
        return service.open(vacancyId, stageOrder, new SlotService.NewSlot(request.startsAt(), request.durationMinutes(),
                        request.meetingLink(), request.place(), request.capacity()), subject())
                .map(slot -> Response.created(URI.create(uri.getAbsolutePath() + "/" + slot.id)).entity(view(slot))
                        .build());
    }

    @GET
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "The time slots of a stage with their bookings count")
    public Uni<List<SlotView>> list(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder) {
        return service.ofStage(vacancyId, stageOrder).map(list -> list.stream().map(SlotResource::view).toList());
    }

    @GET
    @Path("/{slotId}")
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "One time slot")
    public Uni<SlotView> get(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder,
            @PathParam("slotId") UUID slotId) {
        return service.slot(vacancyId, stageOrder, slotId).map(SlotResource::view);
    }

    public static SlotView view(TimeSlot s) {
        return new SlotView(s.id, s.vacancyId, s.stageOrder, s.startsAt, s.durationMinutes, s.meetingLink, s.place,
                s.capacity, s.booked, s.createdBy);
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }
}
