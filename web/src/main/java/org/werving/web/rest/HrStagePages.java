package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
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
import org.werving.web.client.StaffVacancyApi;
import org.werving.web.client.Vacancies;
import org.werving.web.staff.Lookups;
import org.werving.web.staff.Staff;
import org.werving.web.staff.StaffSessions;
import org.werving.web.view.Dutch;
import org.werving.web.view.Refusal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One stage for HR: its jury (members, the external ones marked), its time slots, the scores so far, and closing
 * it: first the preview of who goes on under the pass mark, the top-N and the tie rule (selection-service's
 * close-preview, contract C1), then HR confirms. Also the selection report as a PDF download.
 */
@Path("/hr")
@Produces(MediaType.TEXT_HTML)
public class HrStagePages {
    static final int JURY_ROWS = 5;

    private final StaffSessions sessions;
    private final StaffSelectionApi selection;
    private final StaffVacancyApi vacancies;
    private final Lookups lookups;
    private final Template page;
    private final Template preview;

    public HrStagePages(StaffSessions sessions, @RestClient StaffSelectionApi selection,
            @RestClient StaffVacancyApi vacancies, Lookups lookups, @Location("hr-fase.html") Template page,
            @Location("hr-afsluiten.html") Template preview) {
        this.sessions = sessions;
        this.selection = selection;
        this.vacancies = vacancies;
        this.lookups = lookups;
        this.page = page;
        this.preview = preview;
    }

    /** A row of the jury form: a member's subject and whether they are external (empty rows to add members). */
    public record JuryRow(int index, String subject, boolean external) {
        public int number() {
            return index + 1;
        }
    }

    @GET
    @Path("vacatures/{id}/fasen/{stage}")
    public Response stage(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("stage") int stageOrder, @QueryParam("gedaan") String done) {
        Staff staff = sessions.require(cookie, Staff.HR);
        return render(staff, id, stageOrder, done, null, 200);
    }

    private Response render(Staff staff, UUID id, int stageOrder, String done, Refusal refusal, int status) {
        Vacancies.Vacancy vacancy = ServiceReplies.read(Refusal.checked(vacancies.get(staff.bearer(), id)),
                Vacancies.Vacancy.class);
        Procedures.Jury jury = ServiceReplies.read(Refusal.checked(selection.jury(staff.bearer(), id, stageOrder)),
                Procedures.Jury.class);
        Procedures.StageCandidacies stage = ServiceReplies.read(
                Refusal.checked(selection.stageCandidacies(staff.bearer(), id, stageOrder)), Procedures.StageCandidacies.class);
        List<Procedures.Slot> slots = ServiceReplies.readList(Refusal.checked(selection.slots(staff.bearer(), id, stageOrder)),
                Procedures.Slot.class);
        Procedures.Names names = lookups.names(staff, stage.candidacies().stream()
                .map(Procedures.StageCandidacy::applicationId).toList());
        List<JuryRow> rows = new ArrayList<>();
        List<Procedures.Member> members = jury.members() == null ? List.of() : jury.members();
        for (int i = 0; i < Math.max(JURY_ROWS, members.size() + 2); i++) {
            rows.add(i < members.size() ? new JuryRow(i, members.get(i).subject(), members.get(i).external())
                    : new JuryRow(i, "", false));
        }
        return StaffPage.html(page.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("vacancy", vacancy)
                .data("jury", jury).data("stage", stage).data("slots", slots).data("names", names)
                .data("juryRows", rows).data("done", done).data("refusal", refusal), status);
    }

    @POST
    @Path("vacatures/{id}/fasen/{stage}/jury")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assignJury(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("stage") int stageOrder, MultivaluedMap<String, String> form) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, form.getFirst("csrf"));
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String subject = form.getFirst("lid-" + i);
            if (subject != null && !subject.isBlank()) {
                members.add(Map.of("subject", subject.strip(), "external", "ja".equals(form.getFirst("extern-" + i))));
            }
        }
        if (members.isEmpty()) {
            return render(staff, id, stageOrder, null, new Refusal("Jury niet bewaard",
                    List.of("Vul minstens één jurylid in.")), 400);
        }
        return after(staff, id, stageOrder, selection.assignJury(staff.bearer(), id, stageOrder, Map.of("members", members)),
                "jury", "Jury niet bewaard");
    }

    @POST
    @Path("vacatures/{id}/fasen/{stage}/momenten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openSlot(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("stage") int stageOrder, @FormParam("csrf") String csrf, @FormParam("dag") String day,
            @FormParam("uur") String time, @FormParam("duur") String minutes, @FormParam("plaats") String place,
            @FormParam("plaatsen") String seats) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, csrf);
        Map<String, Object> body = new HashMap<>();
        try {
            body.put("startsAt", LocalDate.parse(day.strip()).atTime(LocalTime.parse(time.strip()))
                    .atZone(Dutch.BRUSSELS).toOffsetDateTime().toString());
            body.put("durationMinutes", Integer.parseInt(minutes.strip()));
            body.put("capacity", Integer.parseInt(seats.strip()));
        } catch (RuntimeException e) {
            return render(staff, id, stageOrder, null, new Refusal("Moment niet geopend",
                    List.of("Geef de dag (jjjj-mm-dd), het uur (uu:mm), de duur en het aantal plaatsen als getallen.")), 400);
        }
        body.put("place", HrPages.blankToNull(place));
        return after(staff, id, stageOrder, selection.openSlot(staff.bearer(), id, stageOrder, body), "moment",
                "Moment niet geopend");
    }

    /** The preview of closing the stage (C1): who goes on and who does not, before HR confirms. */
    @GET
    @Path("vacatures/{id}/fasen/{stage}/afsluiten")
    public Response closePreview(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("stage") int stageOrder) {
        Staff staff = sessions.require(cookie, Staff.HR);
        Vacancies.Vacancy vacancy = ServiceReplies.read(Refusal.checked(vacancies.get(staff.bearer(), id)),
                Vacancies.Vacancy.class);
        Response answer = selection.closePreview(staff.bearer(), id, stageOrder);
        Procedures.ClosedStage result = null;
        Refusal refusal = null;
        boolean unavailable = false;
        if (answer.getStatus() == 404 || answer.getStatus() == 405) {
            unavailable = true; // selection-service without the close-preview endpoint: say so, do not guess
            answer.close();
        } else if (Refusal.ok(answer)) {
            result = ServiceReplies.read(answer, Procedures.ClosedStage.class);
        } else {
            refusal = Refusal.of("Deze fase kan nog niet worden afgesloten", answer);
        }
        Procedures.Names names = result == null ? new Procedures.Names(Map.of())
                : lookups.names(staff, result.results().stream().map(Procedures.StageResult::applicationId).toList());
        return StaffPage.html(preview.data("staff", staff).data("csrf", sessions.csrfToken(staff)).data("vacancy", vacancy)
                .data("stageOrder", stageOrder).data("result", result).data("names", names).data("refusal", refusal)
                .data("unavailable", unavailable).data("closed", false));
    }

    @POST
    @Path("vacatures/{id}/fasen/{stage}/afsluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id,
            @PathParam("stage") int stageOrder, @FormParam("csrf") String csrf) {
        Staff staff = sessions.require(cookie, Staff.HR);
        sessions.checkCsrf(staff, csrf);
        return after(staff, id, stageOrder, selection.close(staff.bearer(), id, stageOrder), "afgesloten",
                "De fase werd niet afgesloten");
    }

    @GET
    @Path("vacatures/{id}/verslag.pdf")
    @Produces("application/pdf")
    public Response report(@CookieParam(StaffSessions.COOKIE) String cookie, @PathParam("id") UUID id) {
        Staff staff = sessions.require(cookie, Staff.HR);
        Response answer = Refusal.checked(selection.reportPdf(staff.bearer(), id));
        if (answer.getStatus() != 200) {
            answer.close();
            throw new ServiceReplies.ServiceUnavailableException("report answered " + answer.getStatus());
        }
        return Response.ok(answer.readEntity(byte[].class), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"selectieverslag.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    private Response after(Staff staff, UUID id, int stageOrder, Response answer, String done, String refusedTitle) {
        if (!Refusal.ok(answer)) {
            return render(staff, id, stageOrder, null, Refusal.of(refusedTitle, answer), answer.getStatus());
        }
        answer.close();
        return Response.seeOther(URI.create("/hr/vacatures/" + id + "/fasen/" + stageOrder + "?gedaan=" + done)).build();
    }
}
