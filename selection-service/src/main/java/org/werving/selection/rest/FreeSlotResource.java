package org.werving.selection.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.selection.model.TimeSlot;
import org.werving.selection.rest.SlotViews.FreeSlotView;
import org.werving.selection.service.SlotService;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The moments of a stage a candidate can still book, for the job portal's self-service pages. Public:
 * it shows when and where (or that it is online) and how many seats are free, never a meeting link,
 * who booked, or anything else of HR's slot view.
 */
@Path("/procedures/{vacancyId}/stages/{stageOrder}/free-slots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal")
public class FreeSlotResource {
    private final SlotService service;

    public FreeSlotResource(SlotService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "The bookable moments of a stage: in the future, with a free seat (no links, no bookings)")
    public Uni<List<FreeSlotView>> free(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder) {
        return service.bookable(vacancyId, stageOrder, OffsetDateTime.now(ZoneOffset.UTC))
                .map(list -> list.stream().map(FreeSlotResource::view).toList());
    }

    static FreeSlotView view(TimeSlot s) {
        return new FreeSlotView(s.id, s.startsAt, s.durationMinutes, s.meetingLink == null ? s.place : null,
                s.meetingLink != null, s.capacity - s.booked);
    }
}
