package org.werving.reserve.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.problem.ProblemTypes;
import org.werving.reserve.service.DashboardService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The HR dashboard (contract C2): the funnels of the applications received in a period, per vacancy, from
 * the read model the events keep. For {@code dashboard} and {@code hr}.
 */
@Path("/dashboard")
@Tag(name = "dashboard")
@RolesAllowed({ReserveResource.HR, ReserveResource.DASHBOARD})
public class DashboardResource {
    static final String CSV = "text/csv; charset=UTF-8";
    private final DashboardService service;

    public DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Path("/funnels")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The funnel of every vacancy over a period",
            description = "Applications received from 'from' to 'to' (YYYY-MM-DD, Brussels dates, both included; "
                    + "default the last 365 days): applied, admitted, capacity test, each stage (entered, passed, "
                    + "eliminated, pass rate, median and p90 hours in the stage), reserve, appointed, time to hire "
                    + "and the admission routes, with the totals.")
    public Uni<DashboardViews.FunnelsView> funnels(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.funnels(date("from", from), date("to", to)).map(DashboardViews::of);
    }

    @GET
    @Path("/funnels/{vacancyId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One vacancy's funnel over a period", description = "404 when the vacancy is unknown here.")
    public Uni<DashboardViews.VacancyView> funnel(@PathParam("vacancyId") String vacancyId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        UUID id = uuid(vacancyId);
        return service.funnel(id, date("from", from), date("to", to)).map(DashboardViews::of);
    }

    @GET
    @Path("/funnels.csv")
    @Produces(CSV)
    @Operation(summary = "The funnels as CSV", description = "One row per vacancy and stage, ';'-separated, Dutch headers.")
    public Uni<Response> csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.funnels(date("from", from), date("to", to)).map(DashboardViews::of)
                .map(view -> Response.ok(DashboardCsv.of(view), CSV)
                        .header("Content-Disposition", "attachment; filename=\"werving-dashboard.csv\"").build());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Ongeldige aanvraag",
                    name + " moet een datum zijn (JJJJ-MM-DD)",
                    List.of(new Problem.FieldError(name, "moet een datum zijn (JJJJ-MM-DD)")));
        }
    }

    private static UUID uuid(String value) {
        try {
            if (value.trim().length() == 36) {
                return UUID.fromString(value.trim());
            }
        } catch (IllegalArgumentException e) {
            // not a vacancy id: not found below
        }
        throw new ProblemException(404, ProblemTypes.NOT_FOUND, "Vacature niet gevonden",
                "het dashboard kent vacature " + value + " niet");
    }
}
