package org.werving.web.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.util.Map;
import java.util.UUID;

/**
 * candidate-service: applying (public) and the candidate's self-service (secret link token in a header). Every
 * call names the browser in {@code X-Forwarded-For} ({@link ForwardedFor}).
 */
@RegisterRestClient(configKey = "candidate")
@RegisterClientHeaders(ForwardedFor.class)
public interface CandidateApi {
    String TOKEN = "X-Application-Token";

    /** Multipart: part "application" (JSON), files "cv" and "motivationLetter". */
    @POST
    @Path("/applications")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Response apply(ClientMultipartForm form, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/self-service/applications/{id}")
    Response view(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token);

    @GET
    @Path("/self-service/applications/{id}/data")
    Response data(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token);

    @GET
    @Path("/self-service/applications/{id}/documents/{documentId}")
    Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @HeaderParam(TOKEN) String token);

    /** The decision letters about the application (not admitted, eliminated, passed, reserve): a JSON list. */
    @GET
    @Path("/self-service/applications/{id}/letters")
    Response letters(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token);

    /** One decision letter as PDF. */
    @GET
    @Path("/self-service/applications/{id}/letters/{letterId}")
    Response letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId, @HeaderParam(TOKEN) String token);

    @POST
    @Path("/self-service/applications/{id}/withdrawal")
    Response withdraw(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token);

    @POST
    @Path("/self-service/applications/{id}/booking-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Response requestBooking(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token, Map<String, Object> request);

    /** Gives up the moment of a stage (CONTRACTS C3): {@code {"stageOrder": n}}, 202; the outcome follows by event and mail. */
    @POST
    @Path("/self-service/applications/{id}/booking-cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    Response requestCancellation(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token,
            Map<String, Object> request);

    @POST
    @Path("/self-service/applications/{id}/erasure")
    Response erase(@PathParam("id") UUID id, @HeaderParam(TOKEN) String token);
}
