package org.werving.web.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;
import java.util.UUID;

/** selection-service as HR and jurors use it, always with the signed-in person's token ({@code auth}). */
@RegisterRestClient(configKey = "selection")
public interface StaffSelectionApi {
    String AUTH = "Authorization";

    @GET
    @Path("/procedures/{vacancyId}/candidacies")
    Response candidacies(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId);

    @GET
    @Path("/candidacies/{applicationId}")
    Response candidacy(@HeaderParam(AUTH) String auth, @PathParam("applicationId") UUID applicationId);

    /** {@code action}: screening-override, preselection or capacity-test. */
    @POST
    @Path("/candidacies/{applicationId}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response decide(@HeaderParam(AUTH) String auth, @PathParam("applicationId") UUID applicationId,
            @PathParam("action") String action, Map<String, Object> body);

    @GET
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/jury")
    Response jury(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder);

    @PUT
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/jury")
    @Consumes(MediaType.APPLICATION_JSON)
    Response assignJury(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder, Map<String, Object> body);

    @GET
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/candidacies")
    Response stageCandidacies(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder);

    @PUT
    @Path("/candidacies/{applicationId}/stages/{stageOrder}/score-sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    Response scoreSheet(@HeaderParam(AUTH) String auth, @PathParam("applicationId") UUID applicationId,
            @PathParam("stageOrder") int stageOrder, Map<String, Object> body);

    /** Contract C1: who would go on, computed like the close, writing nothing. */
    @GET
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/close-preview")
    Response closePreview(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder);

    @POST
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/close")
    Response close(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder);

    @GET
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/slots")
    Response slots(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder);

    @POST
    @Path("/procedures/{vacancyId}/stages/{stageOrder}/slots")
    @Consumes(MediaType.APPLICATION_JSON)
    Response openSlot(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder, Map<String, Object> body);

    @GET
    @Path("/procedures/{vacancyId}/report.pdf")
    Response reportPdf(@HeaderParam(AUTH) String auth, @PathParam("vacancyId") UUID vacancyId);
}
