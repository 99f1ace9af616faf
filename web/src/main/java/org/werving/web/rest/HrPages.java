package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.werving.web.client.Procedures;
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.StaffSelectionApi;
import org.werving.web.client.StaffVacancyApi;
import org.werving.web.client.Vacancies;
import org.werving.web.staff.Lookups;
import org.werving.web.staff.Staff;
import org.werving.web.staff.StaffSessions;
import org.werving.web.view.Refusal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR's vacancies and the procedure board of one vacancy: every candidate by name with status, track, screening,
 * capacity test, stage scores and decisions; the screening override, the preselection and the capacity test
 * result; publishing (the service's publication check lists what is missing), amending with a reason, closing.
 */
@Path("/hr")
@Produces(MediaType.TEXT_HTML)
public class HrPages {
    private final StaffSessions sessions;
    private final StaffVacancyApi vacancies;
    private final StaffSelectionApi selection;
    private final Lookups lookups;
    private final Template list;
    private final Template board;

    public HrPages(StaffSessions sessions, @RestClient StaffVacancyApi vacancies,
            @RestClient StaffSelectionApi selection, Lookups lookups, @Location("hr.html") Template list,
            @Location("hr-procedure.html") Template board) {
        this.sessions = sessions;
        this.vacancies = vacancies;
        this.selection = selection;
        this.lookups = lookups;
        this.list = list;
        this.board = board;
    }

    /** One candidate on the board: the candidacy in full and the name. */
    public record Row(String name, String anchor, Procedures.Candidacy candidacy) {
    }

    @GET
    public Response vacancies(@CookieParam(StaffSessions.COOKIE) String cookie) {
        Staff staff = sessions.require(cookie, Staff.HR);
        List<Vacancies.Summary> all = ServiceReplies.readList(Refusal.checked(vacancies.list(staff.bearer(), null)),
                Vacancies.Summary.class);
        return StaffPage.html(list.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("vacancies", all));
    }

    @GET
    @Path("vacatures/{id}")
    public Response procedure(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @QueryParam("gedaan") String done) {
        Staff staff = sessions.require(cookie, Staff.HR);
        return render(staff, id, done, null, 200);
    }

    Response render(Staff staff, UUID id, String done, Refusal refusal, int status) {
        Vacancies.Vacancy vacancy = ServiceReplies.read(Refusal.checked(vacancies.get(staff.bearer(), id)),
                Vacancies.Vacancy.class);
        List<Row> rows = new ArrayList<>();
        Response listed = selection.candidacies(staff.bearer(), id);
        boolean procedureKnown = listed.getStatus() == 200;
        if (procedureKnown) {
            List<Procedures.CandidacySummary> summaries = ServiceReplies.readList(listed, Procedures.CandidacySummary.class);
            Procedures.Names names = lookups.names(staff, summaries.stream().map(Procedures.CandidacySummary::applicationId).toList());
            for (Procedures.CandidacySummary s : summaries) {
                Procedures.Candidacy c = ServiceReplies.read(Refusal.checked(selection.candidacy(staff.bearer(),
                        s.applicationId())), Procedures.Candidacy.class);
                rows.add(new Row(names.of(s.applicationId()), "kandidaat-" + s.applicationId(), c));
            }
            rows.sort(java.util.Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        } else {
            listed.close();
        }
        return StaffPage.html(board.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("vacancy", vacancy)
                .data("rows", rows).data("procedureKnown", procedureKnown).data("done", done).data("refusal", refusal),
                status);
    }

    @POST
    @Path("vacatures/{id}/publiceren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @FormParam("csrf") String csrf) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, csrf);
        return after(staff, id, vacancies.publish(staff.bearer(), id), "gepubliceerd",
                "Publiceren kan nog niet: dit ontbreekt of klopt niet");
    }

    @POST
    @Path("vacatures/{id}/sluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @FormParam("csrf") String csrf, @FormParam("reden") String reason) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, csrf);
        Map<String, Object> body = new HashMap<>();
        body.put("reason", blankToNull(reason));
        return after(staff, id, vacancies.act(staff.bearer(), id, "close", body), "afgesloten",
                "De vacature kon niet worden afgesloten");
    }

    @POST
    @Path("vacatures/{id}/wijzigen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @FormParam("csrf") String csrf, @FormParam("reden") String reason, @FormParam("deadline") String deadline) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, csrf);
        Map<String, Object> body = new HashMap<>();
        body.put("reason", blankToNull(reason));
        try {
            if (deadline != null && !deadline.isBlank()) {
                body.put("applicationDeadline", LocalDate.parse(deadline.strip()).atTime(23, 59)
                        .atZone(org.werving.web.view.Dutch.BRUSSELS).toOffsetDateTime().toString());
            }
        } catch (java.time.format.DateTimeParseException e) {
            return render(staff, id, null, new Refusal("Niets gewijzigd", List.of("Geef de datum als jjjj-mm-dd.")), 400);
        }
        return after(staff, id, vacancies.act(staff.bearer(), id, "amendments", body), "gewijzigd",
                "De wijziging werd niet aanvaard");
    }

    @POST
    @Path("vacatures/{id}/kandidaten/{applicationId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("applicationId") UUID applicationId, @PathParam("action") String action,
            @FormParam("csrf") String csrf, @FormParam("beslissing") String decision,
            @FormParam("motivering") String motivation, @FormParam("score") String score,
            @FormParam("datum") String takenOn, @FormParam("aanbieder") String provider) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, csrf);
        Map<String, Object> body = new HashMap<>();
        String apiAction;
        boolean yes = "ja".equals(decision);
        switch (action) {
            case "screening" -> {
                apiAction = "screening-override";
                body.put("admitted", yes);
                body.put("motivation", blankToNull(motivation));
            }
            case "preselectie" -> {
                apiAction = "preselection";
                body.put("retained", yes);
                body.put("motivation", blankToNull(motivation));
            }
            case "capaciteitstest" -> {
                apiAction = "capacity-test";
                body.put("passed", yes);
                try {
                    body.put("score", score == null || score.isBlank() ? null : new BigDecimal(score.strip().replace(',', '.')));
                    body.put("takenOn", takenOn == null || takenOn.isBlank() ? null : LocalDate.parse(takenOn.strip()).toString());
                } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                    return render(staff, id, null, new Refusal("Niets bewaard",
                            List.of("Geef de score als getal (0 tot 100) en de datum als jjjj-mm-dd.")), 400);
                }
                body.put("provider", blankToNull(provider));
            }
            default -> throw new NotFoundException();
        }
        if (decision == null) {
            return render(staff, id, null, new Refusal("Niets bewaard", List.of("Kies ja of nee.")), 400);
        }
        return after(staff, id, selection.decide(staff.bearer(), applicationId, apiAction, body), action,
                "Niets bewaard");
    }

    private Response after(Staff staff, UUID id, Response answer, String done, String refusedTitle) {
        if (!Refusal.ok(answer)) {
            return render(staff, id, null, Refusal.of(refusedTitle, answer), answer.getStatus());
        }
        answer.close();
        return Response.seeOther(URI.create("/hr/vacatures/" + id + "?gedaan=" + done)).build();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
