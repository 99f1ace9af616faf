package org.werving.candidate.rest;

import io.smallrye.mutiny.Uni;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.candidate.service.ApplicationService;

import java.util.UUID;

/** Candidates apply to an open vacancy and follow their application. */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "candidate")
public class ApplicationResource {
    private final ApplicationService service;

    public ApplicationResource(ApplicationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to an open vacancy (CandidateApplied)")
    public Uni<Response> apply(@Valid @NotNull ApplicationRequest request, @Context UriInfo uri) {
        return service.apply(request).map(view -> Response
                .created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An application's status and timeline")
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        return service.view(id);
    }
}
