package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.werving.web.client.Procedures;
import org.werving.web.client.ReserveApi;
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.StaffVacancyApi;
import org.werving.web.client.Vacancies;
import org.werving.web.staff.Lookups;
import org.werving.web.staff.ReserveExport;
import org.werving.web.staff.Staff;
import org.werving.web.staff.StaffSessions;
import org.werving.web.view.Refusal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The reserves of a vacancy for HR: the ranked laureates by name, validity and extensions, the next available
 * laureate, appointing (permanent or temporary), a decline, extending, ending, and the CSV/XLSX export.
 */
@Path("/hr")
@Produces(MediaType.TEXT_HTML)
public class HrReservePages {
    private static final Map<String, String> ACTIONS = Map.of("aanstellen", "appointments", "weigering", "declines",
            "verlengen", "extensions", "beeindigen", "ending");

    private final StaffSessions sessions;
    private final ReserveApi reserves;
    private final StaffVacancyApi vacancies;
    private final Lookups lookups;
    private final Template page;

    public HrReservePages(StaffSessions sessions, @RestClient ReserveApi reserves, @RestClient StaffVacancyApi vacancies,
            Lookups lookups, @Location("hr-reserve.html") Template page) {
        this.sessions = sessions;
        this.reserves = reserves;
        this.vacancies = vacancies;
        this.lookups = lookups;
        this.page = page;
    }

    /** A reserve on the page, with the next available laureate (null: nobody left, or the reserve ended). */
    public record Shown(Procedures.Reserve reserve, Procedures.ReserveEntry next) {
    }

    @GET
    @Path("vacatures/{id}/reserve")
    public Response show(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @QueryParam("gedaan") String done) {
        Staff staff = sessions.require(cookie, Staff.HR);
        return render(staff, id, done, null, 200);
    }

    private Response render(Staff staff, UUID id, String done, Refusal refusal, int status) {
        Vacancies.Vacancy vacancy = ServiceReplies.read(Refusal.checked(vacancies.get(staff.bearer(), id)),
                Vacancies.Vacancy.class);
        List<Procedures.ReserveEntry> entries = ServiceReplies.readList(Refusal.checked(reserves.list(staff.bearer(), id)),
                Procedures.ReserveEntry.class);
        Set<UUID> reserveIds = new LinkedHashSet<>();
        entries.forEach(e -> reserveIds.add(e.reserveId()));
        List<Shown> shown = new ArrayList<>();
        for (UUID reserveId : reserveIds) {
            Procedures.Reserve reserve = ServiceReplies.read(Refusal.checked(reserves.get(staff.bearer(), reserveId)),
                    Procedures.Reserve.class);
            Response next = reserves.next(staff.bearer(), reserveId);
            Procedures.ReserveEntry first = null;
            if (next.getStatus() == 200) {
                first = ServiceReplies.read(next, Procedures.ReserveEntry.class);
            } else {
                next.close(); // 404 nobody available, 409 the reserve has expired or ended
            }
            shown.add(new Shown(reserve, first));
        }
        Procedures.Names names = lookups.names(staff, entries.stream().map(Procedures.ReserveEntry::applicationId).toList());
        return StaffPage.html(page.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("vacancy", vacancy)
                .data("reserves", shown).data("names", names).data("done", done).data("refusal", refusal), status);
    }

    @POST
    @Path("vacatures/{id}/reserve/{reserveId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("reserveId") UUID reserveId, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, form.getFirst("csrf"));
        String apiAction = ACTIONS.get(action);
        if (apiAction == null) {
            throw new NotFoundException();
        }
        Map<String, Object> body = new HashMap<>();
        switch (action) {
            case "aanstellen" -> {
                body.put("entryId", form.getFirst("laureaat"));
                body.put("kind", "tijdelijk".equals(form.getFirst("soort")) ? "TEMPORARY" : "PERMANENT");
                body.put("team", HrPages.blankToNull(form.getFirst("dienst")));
                body.put("startDate", HrPages.blankToNull(form.getFirst("start")));
                body.put("endDate", HrPages.blankToNull(form.getFirst("einde")));
                body.put("reason", HrPages.blankToNull(form.getFirst("reden")));
            }
            case "weigering" -> {
                body.put("entryId", form.getFirst("laureaat"));
                body.put("kind", "tijdelijk".equals(form.getFirst("soort")) ? "TEMPORARY" : "PERMANENT");
                body.put("reason", HrPages.blankToNull(form.getFirst("reden")));
            }
            case "verlengen" -> {
                body.put("decisionReference", HrPages.blankToNull(form.getFirst("beslissing")));
                body.put("decisionDate", HrPages.blankToNull(form.getFirst("beslissingsdatum")));
                body.put("validUntil", HrPages.blankToNull(form.getFirst("geldig")));
            }
            default -> {
                body.put("reason", HrPages.blankToNull(form.getFirst("reden")));
                body.put("decisionReference", HrPages.blankToNull(form.getFirst("beslissing")));
                body.put("decisionDate", HrPages.blankToNull(form.getFirst("beslissingsdatum")));
            }
        }
        if (body.containsKey("entryId") && body.get("entryId") == null) {
            return render(staff, id, null, new Refusal("Niets bewaard", List.of("Kies een laureaat.")), 400);
        }
        Response answer = reserves.act(staff.bearer(), reserveId, apiAction, body);
        if (!Refusal.ok(answer)) {
            return render(staff, id, null, Refusal.of("Niets bewaard", answer), answer.getStatus());
        }
        answer.close();
        return Response.seeOther(URI.create("/hr/vacatures/" + id + "/reserve?gedaan=" + action)).build();
    }

    /** The reserve as CSV with the names added for HR. */
    @GET
    @Path("vacatures/{id}/reserve/{reserveId}/reserve.csv")
    @Produces("text/csv")
    public Response csv(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("reserveId") UUID reserveId) {
        Staff staff = sessions.require(cookie, Staff.HR);
        Response answer = Refusal.checked(reserves.export(staff.bearer(), reserveId, "csv", "text/csv"));
        String csv = new String(answer.readEntity(byte[].class), StandardCharsets.UTF_8);
        String named = ReserveExport.withNames(csv, lookups.names(staff, ReserveExport.applications(csv)));
        return Response.ok(named.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reserve.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The reserve as reserve-service's workbook (candidacies by number; the CSV carries the names). */
    @GET
    @Path("vacatures/{id}/reserve/{reserveId}/reserve.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("reserveId") UUID reserveId) {
        Staff staff = sessions.require(cookie, Staff.HR);
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response answer = Refusal.checked(reserves.export(staff.bearer(), reserveId, "xlsx", type));
        return Response.ok(answer.readEntity(byte[].class), type)
                .header("Content-Disposition", "attachment; filename=\"reserve.xlsx\"")
                .header("Cache-Control", "no-store").build();
    }
}
