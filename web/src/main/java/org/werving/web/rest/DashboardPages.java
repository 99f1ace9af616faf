package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.werving.web.client.DashboardApi;
import org.werving.web.client.ServiceReplies;
import org.werving.web.staff.Staff;
import org.werving.web.staff.StaffSessions;
import org.werving.web.view.FunnelChart;
import org.werving.web.view.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HR dashboard (roles hr and dashboard): per vacancy over a period the funnel as a chart drawn on the server,
 * pass rates and time per stage, time to hire, admission routes, and the CSV download; all from reserve-service's
 * dashboard read model (contract C2).
 */
@Path("/hr/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {
    private final StaffSessions sessions;
    private final DashboardApi dashboard;
    private final Template page;

    public DashboardPages(StaffSessions sessions, @RestClient DashboardApi dashboard,
            @Location("hr-dashboard.html") Template page) {
        this.sessions = sessions;
        this.dashboard = dashboard;
        this.page = page;
    }

    @GET
    public Response show(@CookieParam(StaffSessions.COOKIE) String cookie, @QueryParam("van") String from,
            @QueryParam("tot") String to) {
        Staff staff = sessions.require(cookie, Staff.DASHBOARD);
        String f = date(from);
        String t = date(to);
        Refusal refusal = null;
        DashboardApi.Funnels funnels = null;
        if ((from != null && !from.isBlank() && f == null) || (to != null && !to.isBlank() && t == null)) {
            refusal = new Refusal("Geen geldige periode", List.of("Geef de datums als jjjj-mm-dd."));
        } else {
            Response answer = dashboard.funnels(staff.bearer(), f, t);
            if (Refusal.ok(answer)) {
                funnels = ServiceReplies.read(answer, DashboardApi.Funnels.class);
            } else {
                refusal = Refusal.of("Geen geldige periode", answer);
            }
        }
        List<FunnelChart> charts = new ArrayList<>();
        if (funnels != null && funnels.vacancies() != null) {
            for (int i = 0; i < funnels.vacancies().size(); i++) {
                charts.add(FunnelChart.of("trechter-" + i, funnels.vacancies().get(i)));
            }
        }
        String query = (f == null ? "" : "van=" + f) + (t == null ? "" : (f == null ? "" : "&") + "tot=" + t);
        return StaffPage.html(page.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("funnels", funnels)
                .data("charts", charts).data("from", f).data("to", t).data("query", query).data("refusal", refusal),
                refusal == null ? 200 : 400);
    }

    @GET
    @Path("werving-dashboard.csv")
    @Produces("text/csv")
    public Response csv(@CookieParam(StaffSessions.COOKIE) String cookie, @QueryParam("van") String from,
            @QueryParam("tot") String to) {
        Staff staff = sessions.require(cookie, Staff.DASHBOARD);
        Response answer = Refusal.checked(dashboard.csv(staff.bearer(), date(from), date(to)));
        if (answer.getStatus() != 200) {
            answer.close();
            return Response.seeOther(java.net.URI.create("/hr/dashboard")).build();
        }
        return Response.ok(answer.readEntity(byte[].class), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"werving-dashboard.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    static String date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
