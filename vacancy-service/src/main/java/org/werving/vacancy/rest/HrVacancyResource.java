package org.werving.vacancy.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import org.werving.chassis.problem.ProblemException;
import org.werving.vacancy.model.VacancyStatus;
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
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyAudit;
import org.werving.vacancy.repository.VacancyRepository;
import org.werving.vacancy.service.PortalSnapshot;
import org.werving.vacancy.service.VacancyService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** HR's side: drafts, publication, amendments, closing. Writes: hr; reads: hr, dashboard, admin. */
@Path("/hr/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class HrVacancyResource {
    static final String[] READERS = {"hr", "dashboard", "admin"};

    private final VacancyService service;
    private final VacancyRepository repository;
    private final VacancyMapper mapper;
    private final SecurityIdentity identity;
    private final PortalSnapshot portal;

    public HrVacancyResource(VacancyService service, VacancyRepository repository, VacancyMapper mapper,
            SecurityIdentity identity, PortalSnapshot portal) {
        this.service = service;
        this.repository = repository;
        this.mapper = mapper;
        this.identity = identity;
        this.portal = portal;
    }

    /** Why (stored with the vacancy when it closes: at most 500 characters). */
    public record CloseRequest(@Size(max = 500) String reason) {
    }

    public record AuditEntry(String action, String actor, OffsetDateTime at, String reason, List<String> changed) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("hr")
    @Operation(summary = "Create a draft vacancy")
    @APIResponse(responseCode = "201", description = "Created: the draft; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    public Uni<Response> create(@Valid @NotNull VacancyRequest request, @Context UriInfo uri) {
        return service.createDraft(mapper.toContent(request), subject()).map(v -> Response
                .created(uri.getAbsolutePathBuilder().path(v.id.toString()).build())
                .entity(mapper.toHrView(v)).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"hr", "dashboard", "admin"})
    @Operation(summary = "A vacancy in any state, with its internal fields")
    public Uni<VacancyView> get(@PathParam("id") UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id))
                .map(mapper::toHrView);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({"hr", "dashboard", "admin"})
    @WithSession
    @Operation(summary = "Who did what to the vacancy, when and why (amendments included)")
    public Uni<List<AuditEntry>> audit(@PathParam("id") UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id))
                .chain(v -> VacancyAudit.<VacancyAudit>list("vacancyId = ?1 order by seq", id))
                .map(rows -> rows.stream().map(a -> new AuditEntry(a.action, a.actor, a.at, a.reason,
                        a.changes == null ? null : a.changes.fields())).toList());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("hr")
    @Operation(summary = "Replace a draft")
    @APIResponse(responseCode = "200", description = "The draft as stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is no longer a draft (amend a published one); nothing was changed")
    public Uni<VacancyView> update(@PathParam("id") UUID id, @Valid @NotNull VacancyRequest request) {
        return service.updateDraft(id, mapper.toContent(request), subject()).map(mapper::toHrView);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("hr")
    @Operation(summary = "Publish a complete draft (VacancyPublished)")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is not a draft; nothing was changed")
    @APIResponse(responseCode = "422", description = "The vacancy is not complete (type vacancy-incomplete): errors names "
            + "every element missing or invalid, e.g. a deadline in the past or a competency outside the catalogue")
    public Uni<VacancyView> publish(@PathParam("id") UUID id) {
        return service.publish(id, subject()).call(this::shown).map(mapper::toHrView);
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("hr")
    @Operation(summary = "Amend the admission conditions, procedure or deadline of a published vacancy (VacancyAmended)")
    @APIResponse(responseCode = "200", description = "Amended", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "A draft is edited, not amended; or the deadline of a closed vacancy "
            + "cannot move; nothing was changed")
    @APIResponse(responseCode = "422", description = "The amendment would leave the vacancy incomplete (type "
            + "vacancy-incomplete): errors names the elements, e.g. a deadline in the past")
    public Uni<VacancyView> amend(@PathParam("id") UUID id, @Valid @NotNull AmendmentRequest request) {
        return service.amend(id, mapper.toAmendment(request), subject()).call(this::shown).map(mapper::toHrView);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("hr")
    @Operation(summary = "Close a published vacancy to applications (VacancyClosed)")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is not published; nothing was changed")
    public Uni<VacancyView> close(@PathParam("id") UUID id, @Valid CloseRequest request) {
        return service.close(id, request == null ? null : request.reason(), subject()).call(this::shown)
                .map(mapper::toHrView);
    }

    @POST
    @Path("/{id}/filled")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("hr")
    @Operation(summary = "Mark a closed vacancy filled (its seats are taken)")
    @APIResponse(responseCode = "200", description = "Filled", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is not closed; nothing was changed")
    public Uni<VacancyView> filled(@PathParam("id") UUID id, @Valid CloseRequest request) {
        return service.settle(id, VacancyStatus.FILLED, request == null ? null : request.reason(), subject())
                .call(this::shown).map(mapper::toHrView);
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("hr")
    @Operation(summary = "Archive a closed or filled vacancy")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is neither closed nor filled; nothing was changed")
    public Uni<VacancyView> archive(@PathParam("id") UUID id, @Valid CloseRequest request) {
        return service.settle(id, VacancyStatus.ARCHIVED, request == null ? null : request.reason(), subject())
                .call(this::shown).map(mapper::toHrView);
    }

    @GET
    @RolesAllowed({"hr", "dashboard", "admin"})
    @Operation(summary = "Vacancies in any state (optionally one status), newest first, by page")
    public Uni<List<VacancySummary>> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        VacancyStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = VacancyStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw VacancyResource.badParameter("status", "must be one of DRAFT, PUBLISHED, CLOSED, FILLED, ARCHIVED");
            }
        }
        if (page < 1 || size < 1 || size > 200) {
            throw VacancyResource.badParameter(page < 1 ? "page" : "size", page < 1 ? "must be at least 1" : "must lie between 1 and 200");
        }
        return repository.page(wanted, page, size).map(list -> list.stream().map(mapper::toSummary).toList());
    }

    /** After a committed write that changes what the portal shows: the very next public GET sees it. */
    private Uni<Void> shown(Vacancy vacancy) {
        return portal.refresh(Set.of(vacancy.id));
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }
}
