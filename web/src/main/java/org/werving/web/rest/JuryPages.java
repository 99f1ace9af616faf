package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
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
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.StaffSelectionApi;
import org.werving.web.client.Vacancies;
import org.werving.web.client.VacancyApi;
import org.werving.web.staff.JuryBoard;
import org.werving.web.staff.Staff;
import org.werving.web.staff.StaffSessions;
import org.werving.web.view.Refusal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The juror's pages: the stages they are assigned to, and per stage a scoring form with one field per component
 * and competency for each candidate. Saving sends one score sheet (all of it or nothing); the other members'
 * scores stay hidden until HR closes the stage. selection-service decides who may see and score what.
 */
@Path("/jury")
@Produces(MediaType.TEXT_HTML)
public class JuryPages {
    private final StaffSessions sessions;
    private final StaffSelectionApi selection;
    private final VacancyApi vacancies;
    private final Template list;
    private final Template form;

    public JuryPages(StaffSessions sessions, @RestClient StaffSelectionApi selection, @RestClient VacancyApi vacancies,
            @Location("jury.html") Template list, @Location("jury-fase.html") Template form) {
        this.sessions = sessions;
        this.selection = selection;
        this.vacancies = vacancies;
        this.list = list;
        this.form = form;
    }

    /** A stage the juror is a member of. */
    public record Assignment(Vacancies.Summary vacancy, Procedures.Jury jury) {
    }

    @GET
    public Response stages(@CookieParam(StaffSessions.COOKIE) String cookie) {
        Staff staff = sessions.require(cookie, Staff.JURY);
        List<Assignment> mine = new ArrayList<>();
        for (Vacancies.Summary v : published()) {
            Vacancies.Vacancy vacancy = ServiceReplies.read(Refusal.checked(vacancies.get(v.id())), Vacancies.Vacancy.class);
            for (Vacancies.Stage stage : vacancy.stages() == null ? List.<Vacancies.Stage>of() : vacancy.stages()) {
                Response answer = selection.jury(staff.bearer(), v.id(), stage.order());
                if (answer.getStatus() == 200) {
                    Procedures.Jury jury = ServiceReplies.read(answer, Procedures.Jury.class);
                    if (jury.hasMember(staff.subject())) {
                        mine.add(new Assignment(v, jury));
                    }
                } else {
                    answer.close(); // 403: not a member of this stage's jury; 404: no procedure yet
                }
            }
        }
        return StaffPage.html(list.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("assignments", mine));
    }

    private List<Vacancies.Summary> published() {
        List<Vacancies.Summary> all = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            Response answer = Refusal.checked(vacancies.list(null, null, null, null, null, page, 50));
            List<Vacancies.Summary> some = ServiceReplies.readList(answer, Vacancies.Summary.class);
            all.addAll(some);
            if (some.size() < 50) {
                break;
            }
        }
        return all;
    }

    @GET
    @Path("{vacancyId}/fasen/{stage}")
    public Response stage(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stage") int stageOrder, @QueryParam("bewaard") UUID saved) {
        Staff staff = sessions.require(cookie, Staff.JURY);
        return render(staff, vacancyId, stageOrder, null, Map.of(), Map.of(), saved, null, 200);
    }

    @POST
    @Path("{vacancyId}/fasen/{stage}/kandidaten/{applicationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("vacancyId") UUID vacancyId,
            @PathParam("stage") int stageOrder, @PathParam("applicationId") UUID applicationId,
            MultivaluedMap<String, String> body) {
        Staff staff = sessions.require(cookie, Staff.JURY);
        sessions.checkCsrf(staff, body.getFirst("csrf"));
        Procedures.Jury jury = ServiceReplies.read(Refusal.checked(selection.jury(staff.bearer(), vacancyId, stageOrder)),
                Procedures.Jury.class);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String name : body.keySet()) {
            Procedures.SheetCell cell = JuryBoard.cell(jury, name);
            if (cell == null) {
                continue;
            }
            typed.put(name, body.getFirst(name));
            BigDecimal score = JuryBoard.parse(name, body.getFirst(name), jury.scale(), errors);
            if (score != null) {
                Map<String, Object> c = new HashMap<>();
                c.put("component", cell.component());
                c.put("competency", cell.competency());
                c.put("score", score);
                cells.add(c);
            }
        }
        if (errors.isEmpty() && cells.isEmpty()) {
            errors.put("c1", "Vul minstens één score in.");
        }
        if (!errors.isEmpty()) {
            return render(staff, vacancyId, stageOrder, applicationId, typed, errors, null,
                    new Refusal("Niets bewaard: verbeter de scores", List.of("Eén of meer scores zijn geen geldige score.")),
                    400);
        }
        Response answer = selection.scoreSheet(staff.bearer(), applicationId, stageOrder, Map.of("scores", cells));
        if (!Refusal.ok(answer)) {
            return render(staff, vacancyId, stageOrder, applicationId, typed, Map.of(), null,
                    Refusal.of("Niets bewaard", answer), 409);
        }
        answer.close();
        return Response.seeOther(URI.create("/jury/" + vacancyId + "/fasen/" + stageOrder + "?bewaard=" + applicationId))
                .build();
    }

    private Response render(Staff staff, UUID vacancyId, int stageOrder, UUID typedFor, Map<String, String> typed,
            Map<String, String> errors, UUID saved, Refusal refusal, int status) {
        Procedures.Jury jury = ServiceReplies.read(Refusal.checked(selection.jury(staff.bearer(), vacancyId, stageOrder)),
                Procedures.Jury.class);
        Procedures.StageCandidacies stage = ServiceReplies.read(
                Refusal.checked(selection.stageCandidacies(staff.bearer(), vacancyId, stageOrder)),
                Procedures.StageCandidacies.class);
        Vacancies.Vacancy vacancy = ServiceReplies.read(Refusal.checked(vacancies.get(vacancyId)), Vacancies.Vacancy.class);
        List<JuryBoard.Row> rows = JuryBoard.rows(jury, stage, staff.subject(), typedFor, typed, errors, saved);
        return StaffPage.html(form.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("jury", jury)
                .data("stage", stage).data("vacancy", vacancy).data("rows", rows).data("refusal", refusal)
                .data("typedFor", typedFor), status);
    }
}
