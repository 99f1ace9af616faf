package org.werving.candidate.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.service.ApplicationReader;
import org.werving.candidate.service.Applying;
import org.werving.candidate.service.ErrorTexts;
import org.werving.candidate.service.Upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Candidates apply to an open vacancy (public); HR reads applications and their personal data (role hr). */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "candidate")
public class ApplicationResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Applying applying;
    private final ApplicationReader reader;
    private final ApplicationMapper mapper;
    private final RateLimiter limiter;

    public ApplicationResource(Applying applying, ApplicationReader reader, ApplicationMapper mapper, RateLimiter limiter) {
        this.applying = applying;
        this.reader = reader;
        this.mapper = mapper;
        this.limiter = limiter;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Apply to an open vacancy (CandidateApplied); the answer carries the secret link token once")
    @APIResponse(responseCode = "201", description = "Applied: the new application with its secret link token; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppliedView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the same application, nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppliedView.class)))
    @APIResponse(responseCode = "413", description = "A document is larger than allowed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for another application")
    public Uni<Response> apply(@Valid @NotNull ApplicationRequest request, @RestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context UriInfo uri, @Context HttpServerRequest http) {
        limiter.acquire(RateLimiter.APPLY, client(http));
        return applying.apply(mapper.toApplication(request), key(idempotencyKey), List.of()).map(applied -> respond(applied, uri));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll
    @Operation(summary = "Apply with CV and motivation letter (multipart: part 'application' as JSON, files 'cv' and "
            + "'motivationLetter', PDF/DOCX/ODT, at most 10 MB each)")
    @APIResponse(responseCode = "201", description = "Applied: the new application with its secret link token; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppliedView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the same application, nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppliedView.class)))
    @APIResponse(responseCode = "413", description = "A document is larger than allowed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for another application")
    public Uni<Response> applyWithDocuments(
            @RestForm("application") @PartType(MediaType.APPLICATION_JSON) @Valid @NotNull ApplicationRequest request,
            @RestForm("cv") FileUpload cv, @RestForm("motivationLetter") FileUpload motivationLetter,
            @RestHeader(IDEMPOTENCY_KEY) String idempotencyKey, @Context UriInfo uri, @Context HttpServerRequest http) {
        limiter.acquire(RateLimiter.APPLY, client(http));
        List<Upload> uploads = new ArrayList<>();
        add(uploads, ApplicationDocument.CV, cv);
        add(uploads, ApplicationDocument.MOTIVATION_LETTER, motivationLetter);
        return applying.apply(mapper.toApplication(request), key(idempotencyKey), uploads).map(applied -> respond(applied, uri));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("hr")
    @Operation(summary = "HR: an application's status and timeline")
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        return reader.view(id).map(mapper::toView);
    }

    @GET
    @Path("/{id}/data")
    @RolesAllowed("hr")
    @Operation(summary = "HR: the candidate's personal data, form and documents of an application")
    public Uni<CandidateData> data(@PathParam("id") UUID id) {
        return reader.data(id).map(mapper::toData);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.APPLICATION_JSON})
    @RolesAllowed("hr")
    @Operation(summary = "HR: download a CV or motivation letter")
    public Uni<Response> document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return reader.document(id, documentId).map(DocumentResponses::download);
    }

    @GET
    @Path("/{id}/letters")
    @RolesAllowed("hr")
    @Operation(summary = "HR: the decision letters of an application")
    public Uni<List<LetterView>> letters(@PathParam("id") UUID id) {
        return reader.letters(id).map(list -> list.stream().map(mapper::toLetterView).toList());
    }

    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed("hr")
    @Operation(summary = "HR: one decision letter as PDF, as the candidate reads it")
    public Uni<Response> letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        return reader.letter(id, letterId).map(ApplicationMapper::letterPdf);
    }

    private Response respond(Applying.Applied applied, UriInfo uri) {
        AppliedView view = mapper.toAppliedView(applied);
        var location = uri.getBaseUriBuilder().path("applications").path(view.id().toString()).build();
        return (applied.created() ? Response.created(location) : Response.ok().location(location))
                .entity(view).build();
    }

    private static void add(List<Upload> uploads, String kind, FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return;
        }
        try {
            uploads.add(new Upload(kind, file.fileName(), Files.readAllBytes(file.uploadedFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        if (idempotencyKey.length() > 100) {
            throw ErrorTexts.invalid(IDEMPOTENCY_KEY, "Deze verzending heeft een ongeldige sleutel: open het formulier opnieuw.");
        }
        return idempotencyKey.trim();
    }

    /**
     * The client's address: Quarkus' proxy-address forwarding replaces the peer's address with the
     * one in X-Forwarded-For only when the peer is a trusted proxy, so this is never a header an
     * arbitrary caller chose.
     */
    static String client(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
