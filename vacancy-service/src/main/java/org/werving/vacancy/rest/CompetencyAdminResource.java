package org.werving.vacancy.rest;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.vacancy.model.Competency;
import org.werving.vacancy.model.InputBounds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Administrators maintain the competency catalogue (read publicly through {@link CompetencyResource}).
 */
@Path("/admin/competencies")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyAdminResource {
    private final SecurityIdentity identity;

    public CompetencyAdminResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    public record DefinitionRequest(@NotBlank @Size(max = 2000) String definition) {
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @WithTransaction
    @Tag(name = "admin")
    @Operation(summary = "Add a competency to the catalogue or replace its default definition (names match case-insensitively)")
    public Uni<CompetencyResource.CatalogueEntry> put(@PathParam("name") String name, @Valid @NotNull DefinitionRequest request) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw VacancyResource.badParameter("name", "must be 1 to 100 characters, e.g. Klantgerichtheid");
        }
        if (!InputBounds.cleanText(trimmed)) {
            throw VacancyResource.badParameter("name", VacancyResource.NO_CONTROL_CHARACTERS);
        }
        String actor = identity.getPrincipal().getName();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Competency.findByName(trimmed).flatMap(existing -> {
            Competency entry = existing;
            if (entry == null) {
                entry = new Competency();
                entry.name = trimmed;
            }
            entry.definition = request.definition().trim();
            entry.updatedAt = now;
            entry.updatedBy = actor;
            Competency saved = entry;
            return saved.<Competency>persist().replaceWith(new CompetencyResource.CatalogueEntry(saved.name, saved.definition));
        });
    }
}
