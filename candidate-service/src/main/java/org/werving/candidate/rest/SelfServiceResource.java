package org.werving.candidate.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.werving.candidate.service.SelfService;

import java.util.List;
import java.util.UUID;

/**
 * The candidate's self-service, without an account: the secret link token of the application in
 * header {@value #TOKEN} opens that one application. No token: 401. A token that does not open
 * the application asked for (another application's, a revoked or an unknown one): 404, so that
 * nothing reveals whether the application exists.
 */
@Path("/self-service/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "candidate self-service")
public class SelfServiceResource {
    public static final String TOKEN = "X-Application-Token";

    private final SelfService service;
    private final ApplicationMapper mapper;
    /** The chassis' standard 429 (problem+json with Retry-After), which it adds to public writes only. */
    static final String TOO_MANY_REQUESTS = "#/components/responses/TooManyRequests";

    private final RateLimiter limiter;

    public SelfServiceResource(SelfService service, ApplicationMapper mapper, RateLimiter limiter) {
        this.service = service;
        this.mapper = mapper;
        this.limiter = limiter;
    }

    @GET
    @PermitAll
    @Operation(summary = "Candidate: where my application stands, with its timeline in Dutch")
    @APIResponse(responseCode = "429", ref = TOO_MANY_REQUESTS) // the secret link's rate limit per client address
    public Uni<ApplicationView> view(@PathParam("id") UUID id, @RestHeader(TOKEN) String token, @Context HttpServerRequest http) {
        limit(http);
        return service.view(id, token).map(mapper::toView);
    }

    @GET
    @Path("/data")
    @PermitAll
    @Operation(summary = "Candidate: all data held about me for this application (right of access)")
    @APIResponse(responseCode = "429", ref = TOO_MANY_REQUESTS) // the secret link's rate limit per client address
    public Uni<CandidateData> data(@PathParam("id") UUID id, @RestHeader(TOKEN) String token, @Context HttpServerRequest http) {
        limit(http);
        return service.data(id, token).map(mapper::toData);
    }

    @GET
    @Path("/documents/{documentId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.APPLICATION_JSON})
    @PermitAll
    @Operation(summary = "Candidate: download my CV or motivation letter")
    @APIResponse(responseCode = "429", ref = TOO_MANY_REQUESTS) // the secret link's rate limit per client address
    public Uni<Response> document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @RestHeader(TOKEN) String token, @Context HttpServerRequest http) {
        limit(http);
        return service.document(id, documentId, token).map(DocumentResponses::download);
    }

    @GET
    @Path("/letters")
    @PermitAll
    @Operation(summary = "Candidate: the decision letters about my application (not admitted, eliminated, passed, reserve)")
    @APIResponse(responseCode = "429", ref = TOO_MANY_REQUESTS) // the secret link's rate limit per client address
    public Uni<List<LetterView>> letters(@PathParam("id") UUID id, @RestHeader(TOKEN) String token,
            @Context HttpServerRequest http) {
        limit(http);
        return service.letters(id, token).map(list -> list.stream().map(mapper::toLetterView).toList());
    }

    @GET
    @Path("/letters/{letterId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @PermitAll
    @Operation(summary = "Candidate: one decision letter as PDF (the decision and its motivation, the scores, how to appeal)")
    @APIResponse(responseCode = "429", ref = TOO_MANY_REQUESTS) // the secret link's rate limit per client address
    public Uni<Response> letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId,
            @RestHeader(TOKEN) String token, @Context HttpServerRequest http) {
        limit(http);
        return service.letter(id, letterId, token).map(ApplicationMapper::letterPdf);
    }

    @POST
    @Path("/withdrawal")
    @PermitAll
    @Operation(summary = "Candidate: withdraw my application (ApplicationWithdrawn)")
    public Uni<ApplicationView> withdraw(@PathParam("id") UUID id, @RestHeader(TOKEN) String token,
            @Context HttpServerRequest http) {
        limit(http);
        return service.withdraw(id, token).map(mapper::toView);
    }

    @POST
    @Path("/booking-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Candidate: ask for a seat in a time slot of my next stage, or move my booked moment of that "
            + "stage there (SlotBookingRequested; confirmed by mail)")
    @APIResponse(responseCode = "202", description = "Asked: selection-service books (or refuses) and the candidate is told by mail",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SelfService.BookingRequested.class)))
    public Uni<Response> requestBooking(@PathParam("id") UUID id, @RestHeader(TOKEN) String token,
            SelfService.BookingRequest request, @Context HttpServerRequest http) {
        limit(http);
        return service.requestBooking(id, token, request).map(r -> Response.accepted(r).build());
    }

    @POST
    @Path("/booking-cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Candidate: give up my booked moment of a stage (SlotBookingCancellationRequested; "
            + "confirmed by mail). Moving a moment: a booking request for another slot of the same stage")
    @APIResponse(responseCode = "202", description = "Asked: selection-service frees the seat (or refuses) and the candidate is told by mail",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SelfService.CancellationRequested.class)))
    public Uni<Response> requestCancellation(@PathParam("id") UUID id, @RestHeader(TOKEN) String token,
            SelfService.CancellationRequest request, @Context HttpServerRequest http) {
        limit(http);
        return service.requestCancellation(id, token, request).map(r -> Response.accepted(r).build());
    }

    @POST
    @Path("/erasure")
    @PermitAll
    @Operation(summary = "Candidate: erase my personal data (CandidateDataErased; withdraws first if still in the procedure)")
    public Uni<Response> erase(@PathParam("id") UUID id, @RestHeader(TOKEN) String token, @Context HttpServerRequest http) {
        limit(http);
        return service.erase(id, token).map(v -> Response.noContent().build());
    }

    @DELETE
    @Path("/token")
    @PermitAll
    @Operation(summary = "Candidate: revoke my secret link")
    public Uni<Response> revoke(@PathParam("id") UUID id, @RestHeader(TOKEN) String token, @Context HttpServerRequest http) {
        limit(http);
        return service.revokeToken(id, token).map(v -> Response.noContent().build());
    }

    private void limit(HttpServerRequest http) {
        limiter.acquire(RateLimiter.TOKEN, ApplicationResource.client(http));
    }
}
