package org.werving.reserve.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.reserve.mapping.ReserveMapper;
import org.werving.reserve.service.ReserveService;

import java.util.List;
import java.util.UUID;

/** HR's view of the recruitment and promotion reserves. */
@Path("/reserves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class ReserveResource {
    private final ReserveService service;
    private final ReserveMapper mapper;

    public ReserveResource(ReserveService service, ReserveMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The reserves of a vacancy",
            description = "Recruitment reserve first, then promotion reserve; within each by final score, highest first; "
                    + "rank counts from 1 within a reserve type. Equal scores: earliest entry first (placeholder "
                    + "until the procedure's tie rule). An unknown vacancy has an empty reserve.")
    public Uni<List<ReserveEntryView>> list(@QueryParam("vacancyId") String vacancyId) {
        UUID id = requiredUuid("vacancyId", vacancyId);
        return service.reserveOf(id).map(ranked -> ranked.stream().map(mapper::toView).toList());
    }

    @GET
    @Path("/entries/{entryId}")
    @Operation(summary = "One reserve entry, with its rank")
    public Uni<ReserveEntryView> entry(@PathParam("entryId") String entryId) {
        UUID id = parseUuid(entryId);
        if (id == null) {
            return Uni.createFrom().failure(ProblemException.notFound("reserve entry", entryId));
        }
        return service.entry(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reserve entry", entryId))
                .map(mapper::toView);
    }

    private static UUID requiredUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required");
        }
        UUID id = parseUuid(value);
        if (id == null) {
            throw invalid(name, "must be a UUID");
        }
        return id;
    }

    /** Only the canonical 8-4-4-4-12 form. */
    private static UUID parseUuid(String value) {
        String trimmed = value.trim();
        if (trimmed.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
