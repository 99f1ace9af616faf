package org.werving.vacancy.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.vacancy.model.InputBounds;
import org.werving.vacancy.model.PortalListing;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.repository.VacancyRepository;
import org.werving.vacancy.service.PortalSnapshot;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The public job portal's view: published vacancies (and closed ones by id), no internal fields. Served from
 * the in-memory {@link PortalSnapshot}; the detail of a vacancy it does not hold (closed long ago, filled,
 * archived) is read from the database.
 */
@Path("/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal")
public class VacancyResource {
    static final int MAX_PAGE_SIZE = 100;
    static final String NO_CONTROL_CHARACTERS = "must not contain control characters";
    private static final CacheControl CACHE = cacheControl();

    private final VacancyRepository repository;
    private final PortalSnapshot snapshot;
    private final VacancyMapper mapper;

    public VacancyResource(VacancyRepository repository, PortalSnapshot snapshot, VacancyMapper mapper) {
        this.repository = repository;
        this.snapshot = snapshot;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Operation(summary = "Published vacancies: Dutch full-text search q, filters, pages ordered by deadline then id",
            description = "A page is a JSON array; a Link header with rel=\"next\" points to the next page when there is one."
                    + " The ETag names the page's content: If-None-Match with it answers 304 until a line on the page changes.")
    @APIResponse(responseCode = "200", description = "A page of published vacancies (an empty array past the last page)",
            headers = {@Header(name = "ETag", description = "The page's content", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "rel=\"next\": the next page, when there is one",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VacancySummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the page's current ETag",
            headers = @Header(name = "ETag", description = "The page's content", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("level") String level,
            @QueryParam("directorate") String directorate, @QueryParam("workDomain") String workDomain,
            @QueryParam("contractType") String contractType, @QueryParam("deadlineAfter") String deadlineAfter,
            @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
            @QueryParam("page") @DefaultValue("1") String page, @QueryParam("size") @DefaultValue("20") String size,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context UriInfo uri) {
        int pageNumber = number("page", page, 1, 100_000);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
        if (!InputBounds.cleanText(q)) {
            throw badParameter("q", NO_CONTROL_CHARACTERS);
        }
        OffsetDateTime after = null;
        if (deadlineAfter != null && !deadlineAfter.isBlank()) {
            try {
                after = OffsetDateTime.parse(deadlineAfter.trim());
            } catch (DateTimeParseException e) {
                throw badParameter("deadlineAfter", "must be an ISO-8601 date-time such as 2026-12-01T00:00:00Z");
            }
        }
        PortalListing.Filter filter = new PortalListing.Filter(q, level, directorate, workDomain, contractType, after, includeClosed);
        return snapshot.page(filter, pageNumber, pageSize).map(shown -> {
            EntityTag tag = new EntityTag(shown.tag());
            Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, tag)
                    ? Response.notModified(tag) : Response.ok(array(shown.items()), MediaType.APPLICATION_JSON).tag(tag);
            if (shown.more()) {
                response.link(uri.getRequestUriBuilder().replaceQueryParam("page", pageNumber + 1).build(), "next");
            }
            return response.build();
        });
    }

    /** The page's lines, each rendered when the snapshot was refreshed, as one JSON array. */
    private static byte[] array(List<PortalSnapshot.Entry> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + items.size() * 512);
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i).summary());
        }
        out.write(']');
        return out.toByteArray();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One published or closed vacancy (ETag and Cache-Control; 304 on If-None-Match)")
    @APIResponse(responseCode = "200", description = "The vacancy's public view",
            headers = {@Header(name = "ETag", description = "The vacancy's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "max-age=60", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the vacancy's current ETag",
            headers = @Header(name = "ETag", description = "The vacancy's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such vacancy, or a draft (drafts are not public)")
    public Uni<Response> get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        PortalSnapshot.Entry held = snapshot.entry(id);
        if (held != null) {
            EntityTag tag = new EntityTag(held.tag());
            return Uni.createFrom().item(detail(tag, ifNoneMatch).orElseGet(() ->
                    Response.ok(held.detail(), MediaType.APPLICATION_JSON).tag(tag).cacheControl(CACHE).build()));
        }
        return repository.findById(id)
                .map(v -> v == null || v.status == VacancyStatus.DRAFT ? null : v)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("vacancy", id))
                .map(v -> {
                    EntityTag tag = new EntityTag(v.id + "-" + v.version);
                    return detail(tag, ifNoneMatch)
                            .orElseGet(() -> Response.ok(mapper.toView(v)).tag(tag).cacheControl(CACHE).build());
                });
    }

    /** 304 when If-None-Match names this tag; otherwise empty (the caller answers 200). */
    private static Optional<Response> detail(EntityTag tag, String ifNoneMatch) {
        return ifNoneMatch != null && matches(ifNoneMatch, tag)
                ? Optional.of(Response.notModified(tag).cacheControl(CACHE).build()) : Optional.empty();
    }

    private static boolean matches(String header, EntityTag tag) {
        for (String candidate : header.split(",")) {
            String value = candidate.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw badParameter(name, "must lie between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw badParameter(name, "must be a whole number");
        }
    }

    static ProblemException badParameter(String name, String message) {
        return new ProblemException(400, "validation", "Invalid request", name + " " + message,
                List.of(new Problem.FieldError(name, message)));
    }

    private static CacheControl cacheControl() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        cache.setNoTransform(false);
        return cache;
    }
}
