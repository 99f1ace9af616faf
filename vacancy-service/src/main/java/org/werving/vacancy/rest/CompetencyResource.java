package org.werving.vacancy.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.vacancy.model.Competency;

import java.util.List;

/**
 * The competency catalogue: public to read (the portal explains the competencies), administrators
 * add or redefine entries. A vacancy measures only catalogue competencies but keeps its own definition.
 */
@Path("/competencies")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {
    public record CatalogueEntry(String name, String definition) {
    }

    @GET
    @PermitAll
    @WithSession
    @Tag(name = "portal")
    @Operation(summary = "The competency catalogue: every name a vacancy may measure, with its default definition")
    public Uni<List<CatalogueEntry>> list() {
        return Competency.catalogue().map(all -> all.stream().map(c -> new CatalogueEntry(c.name, c.definition)).toList());
    }

}
