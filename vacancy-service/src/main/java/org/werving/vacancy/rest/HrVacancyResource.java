package org.werving.vacancy.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.vacancy.mapping.VacancyMapper;
import org.werving.vacancy.repository.VacancyRepository;
import org.werving.vacancy.service.VacancyService;

import java.util.UUID;

/** HR's side: drafts, publication, closing. */
@Path("/hr/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class HrVacancyResource {
    private final VacancyService service;
    private final VacancyRepository repository;
    private final VacancyMapper mapper;

    public HrVacancyResource(VacancyService service, VacancyRepository repository, VacancyMapper mapper) {
        this.service = service;
        this.repository = repository;
        this.mapper = mapper;
    }

    public record CloseRequest(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft vacancy")
    public Uni<Response> create(@Valid @NotNull VacancyRequest request, @Context UriInfo uri) {
        return service.createDraft(request).map(v -> Response
                .created(uri.getAbsolutePathBuilder().path(v.id.toString()).build())
                .entity(mapper.toView(v)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A vacancy in any state")
    public Uni<VacancyView> get(@PathParam("id") UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id))
                .map(mapper::toView);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft")
    public Uni<VacancyView> update(@PathParam("id") UUID id, @Valid @NotNull VacancyRequest request) {
        return service.updateDraft(id, request).map(mapper::toView);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a complete draft (VacancyPublished)")
    public Uni<VacancyView> publish(@PathParam("id") UUID id) {
        return service.publish(id).map(mapper::toView);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a published vacancy to applications (VacancyClosed)")
    public Uni<VacancyView> close(@PathParam("id") UUID id, CloseRequest request) {
        return service.close(id, request == null ? null : request.reason()).map(mapper::toView);
    }
}
