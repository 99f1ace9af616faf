package org.werving.vacancy.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.vacancy.mapping.VacancyMapper;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.repository.VacancyRepository;

import java.util.List;
import java.util.UUID;

/** The public job portal's view: published vacancies only (and closed ones by id). */
@Path("/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal")
public class VacancyResource {
    private final VacancyRepository repository;
    private final VacancyMapper mapper;

    public VacancyResource(VacancyRepository repository, VacancyMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Published vacancies")
    public Uni<List<VacancySummary>> list() {
        return repository.listPublished().map(list -> list.stream().map(mapper::toSummary).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published or closed vacancy")
    public Uni<VacancyView> get(@PathParam("id") UUID id) {
        return repository.findById(id)
                .map(v -> v == null || v.status == VacancyStatus.DRAFT ? null : mapper.toView(v))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id));
    }
}
