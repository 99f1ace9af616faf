package org.werving.selection.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.selection.mapping.CandidacyMapper;
import org.werving.selection.rest.CandidacyViews.CandidacySummary;
import org.werving.selection.mapping.JuryMapper;
import org.werving.selection.rest.JuryViews.ClosedStageView;
import org.werving.selection.rest.JuryViews.JuryRequest;
import org.werving.selection.rest.JuryViews.JuryView;
import org.werving.selection.rest.JuryViews.StageCandidaciesView;
import org.werving.selection.service.CandidacyService;
import org.werving.selection.service.JuryService;

import java.util.List;
import java.util.UUID;

/** HR's view of one vacancy's selection procedure. */
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hr")
public class ProcedureResource {
    private final CandidacyService service;
    private final CandidacyMapper mapper;
    private final JuryService jury;
    private final JuryMapper juryMapper;
    private final SecurityIdentity identity;

    public ProcedureResource(CandidacyService service, CandidacyMapper mapper, JuryService jury, JuryMapper juryMapper,
            SecurityIdentity identity) {
        this.service = service;
        this.mapper = mapper;
        this.jury = jury;
        this.juryMapper = juryMapper;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"hr", "dashboard"})
    @Path("/{vacancyId}/candidacies")
    @Operation(summary = "The candidacies of a vacancy with their state, current stage and scores")
    public Uni<List<CandidacySummary>> candidacies(@PathParam("vacancyId") UUID vacancyId) {
        return service.ofProcedure(vacancyId).map(mapper::toSummaries);
    }

    @PUT
    @Path("/{vacancyId}/stages/{stageOrder}/jury")
    @RolesAllowed("hr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the jury of a stage (members by token subject, external flag); while the stage is open")
    public Uni<JuryView> assignJury(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder,
            @Valid @NotNull JuryRequest request) {
        return jury.assign(vacancyId, stageOrder, request.members().stream()
                        .map(m -> new JuryService.NewMember(m.subject(), m.external())).toList(), subject())
                .map(juryMapper::toView);
    }

    @GET
    @Path("/{vacancyId}/stages/{stageOrder}/jury")
    @RolesAllowed({"hr", "dashboard", "jury"})
    @Operation(summary = "The jury of a stage (a juror: only of a stage they are assigned to)")
    public Uni<JuryView> jury(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder) {
        return jury.jury(vacancyId, stageOrder, reader()).map(juryMapper::toView);
    }

    @GET
    @Path("/{vacancyId}/stages/{stageOrder}/candidacies")
    @RolesAllowed({"hr", "dashboard", "jury"})
    @Operation(summary = "The candidates of a stage with the members' scores (a juror: only of a stage they are assigned to)")
    public Uni<StageCandidaciesView> stageCandidacies(@PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder) {
        return jury.candidacies(vacancyId, stageOrder, reader()).map(juryMapper::toView);
    }

    @POST
    @Path("/{vacancyId}/stages/{stageOrder}/close")
    @RolesAllowed("hr")
    @Operation(summary = "Close a stage: requires every score; applies the pass mark and the top-N cut with the tie rule "
            + "(InterviewScored, CandidateEliminated, SelectionPassed; after the last stage SelectionCompleted)")
    public Uni<ClosedStageView> close(@PathParam("vacancyId") UUID vacancyId, @PathParam("stageOrder") int stageOrder) {
        return jury.close(vacancyId, stageOrder, subject()).map(juryMapper::toView);
    }

    @GET
    @Path("/{vacancyId}/stages/{stageOrder}/close-preview")
    @RolesAllowed("hr")
    @Operation(summary = "What closing the stage now would decide (who goes on, who does not, the final ranking after "
            + "the last stage), with the same checks and verdicts as the close; writes nothing")
    public Uni<ClosedStageView> closePreview(@PathParam("vacancyId") UUID vacancyId,
            @PathParam("stageOrder") int stageOrder) {
        return jury.preview(vacancyId, stageOrder).map(juryMapper::toView);
    }

    @GET
    @Path("/{vacancyId}/report")
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "The selection report: stages with their jury, the final ranking, every candidacy with all "
            + "scores, member scores and motivated decisions (who, when, why)")
    public Uni<org.werving.selection.rest.ReportView> report(@PathParam("vacancyId") UUID vacancyId) {
        return jury.report(vacancyId).map(juryMapper::toView);
    }

    @GET
    @Path("/{vacancyId}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "The selection report (proces-verbaal) as PDF, in Dutch: juries with the external members, "
            + "pass marks, cuts and tie rules applied, every score, the final ranking and reserves, every decision; "
            + "candidates by candidate number")
    public Uni<jakarta.ws.rs.core.Response> reportPdf(@PathParam("vacancyId") UUID vacancyId) {
        // drawn on a worker thread: a large procedure's report is not rendered on the event loop
        return jury.report(vacancyId).map(juryMapper::toView)
                .emitOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                .map(view -> jakarta.ws.rs.core.Response
                        .ok(ReportPdf.render(view, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)),
                                "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"proces-verbaal-"
                                + (view.reference() == null ? view.vacancyId() : view.reference()
                                        .replaceAll("[^A-Za-z0-9._-]", "_")) + ".pdf\"")
                        .build());
    }

    @GET
    @Path("/{vacancyId}/audit")
    @RolesAllowed({"hr", "dashboard"})
    @Operation(summary = "The procedure's full audit trail, oldest first: every decision on a candidacy, jury "
            + "assignment, score recorded or corrected (with the previous value), stage closure, slot and seat; "
            + "who, when, why")
    public Uni<List<JuryViews.AuditEntryView>> audit(@PathParam("vacancyId") UUID vacancyId) {
        return jury.audit(vacancyId).map(lines -> lines.stream().map(juryMapper::toView).toList());
    }

    private JuryService.Caller reader() {
        return new JuryService.Caller(subject(), identity.hasRole("hr") || identity.hasRole("dashboard"));
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }
}
