package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.werving.web.client.CandidateApi;
import org.werving.web.client.Candidates;
import org.werving.web.client.SelectionApi;
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.Vacancies;
import org.werving.web.client.VacancyApi;
import org.werving.web.session.SessionCrypto;
import org.werving.web.session.Sessions;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * "Mijn kandidatuur": the candidate's own pages, opened from the mailed link. The link's secret is
 * exchanged at once for a sealed session cookie and leaves the address bar; every form carries the
 * CSRF token of that cookie.
 */
@Path(Sessions.PATH)
@Produces(MediaType.TEXT_HTML)
public class SelfServicePages {
    private static final URI HOME = URI.create(Sessions.PATH);
    private static final String PDF = "application/pdf";
    /** The message keys (kandidatuur.html) of choosing a first moment and of moving to another one. */
    private static final MomentMessages BOOK = new MomentMessages("kies-moment", "boeking", "boeking");
    private static final MomentMessages MOVE = new MomentMessages("kies-ander-moment", "verplaatst", "verplaatsen");

    private final CandidateApi candidates;
    private final SelectionApi selection;
    private final VacancyApi vacancies;
    private final Sessions sessions;
    private final Template page;
    private final Template message;

    public SelfServicePages(@RestClient CandidateApi candidates, @RestClient SelectionApi selection,
            @RestClient VacancyApi vacancies, Sessions sessions, @Location("kandidatuur.html") Template page,
            @Location("kandidatuur-bericht.html") Template message) {
        this.candidates = candidates;
        this.selection = selection;
        this.vacancies = vacancies;
        this.sessions = sessions;
        this.page = page;
        this.message = message;
    }

    @GET
    public Response show(@QueryParam("application") String application, @QueryParam("token") String token,
            @QueryParam("gedaan") String done, @QueryParam("fout") String failed,
            @CookieParam(Sessions.COOKIE) String cookie, @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        if (application != null || token != null) {
            return exchange(application, token);
        }
        Optional<SessionCrypto.Session> session = sessions.read(cookie);
        if (session.isEmpty()) {
            // a link followed from a mail on another site arrives here by a cross-site redirect, without
            // the SameSite=Strict cookie: one same-site step (a meta refresh) brings it along
            String kind = "cross-site".equals(fetchSite) && cookie == null ? "openen" : "geen-sessie";
            return html(message.data("kind", kind), 200);
        }
        Response answer = candidates.view(session.get().applicationId(), session.get().token());
        if (answer.getStatus() == 404 || answer.getStatus() == 401) {
            return Response.ok(message.data("kind", "link-ongeldig")).cookie(sessions.expired()).build();
        }
        if (answer.getStatus() == 429) {
            return html(message.data("kind", "te-veel"), 429);
        }
        if (answer.getStatus() != 200) {
            throw new ServiceReplies.ServiceUnavailableException("self-service answered " + answer.getStatus());
        }
        Candidates.Application app = ServiceReplies.read(answer, Candidates.Application.class);
        return html(render(session.get(), cookie, app, done, failed), 200);
    }

    private TemplateInstance render(SessionCrypto.Session session, String cookie, Candidates.Application app,
            String done, String failed) {
        Candidates.Data data = readData(session);
        Vacancies.Vacancy vacancy = readVacancy(app.vacancyId());
        Booking booking = Booking.of(app);
        // to choose a first moment, or another one to move to (never the one held)
        List<Candidates.FreeSlot> slots = booking.choose() || booking.changeable()
                ? freeSlots(app.vacancyId(), booking.stageOrder()).stream()
                        .filter(s -> booking.moment() == null || !s.id().equals(booking.moment().slotId())).toList()
                : List.of();
        String stageName = vacancy == null || vacancy.stages() == null ? null : vacancy.stages().stream()
                .filter(s -> s.order() == booking.stageOrder()).map(Vacancies.Stage::name).findFirst().orElse(null);
        boolean open = !List.of("WITHDRAWN", "NOT_ADMITTED", "ELIMINATED").contains(app.status());
        return page.data("app", app).data("data", data).data("letters", readLetters(session))
                .data("vacancy", vacancy).data("booking", booking)
                .data("slots", slots).data("stageName", stageName).data("open", open)
                .data("csrf", sessions.csrfToken(cookie)).data("done", done).data("failed", failed);
    }

    private Response exchange(String application, String token) {
        UUID id;
        try {
            id = UUID.fromString(application == null ? "" : application.strip());
        } catch (IllegalArgumentException e) {
            return html(message.data("kind", "link-ongeldig"), 400);
        }
        if (token == null || token.isBlank() || token.length() > 200 || token.indexOf('|') >= 0) {
            return html(message.data("kind", "link-ongeldig"), 400);
        }
        return Response.seeOther(HOME).cookie(sessions.cookie(sessions.open(id, token.strip())))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("boeken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@CookieParam(Sessions.COOKIE) String cookie, @FormParam("csrf") String csrf,
            @FormParam("slot") String slot, @FormParam("fase") String stage) {
        return requestMoment(guard(cookie, csrf), slot, stage, BOOK);
    }

    /**
     * Moves the held moment to another free one of the same stage (CONTRACTS C3): the same booking request as a first
     * choice; selection-service books the new seat and frees the old one, or refuses and keeps the old one.
     */
    @POST
    @Path("verplaatsen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@CookieParam(Sessions.COOKIE) String cookie, @FormParam("csrf") String csrf,
            @FormParam("slot") String slot, @FormParam("fase") String stage) {
        return requestMoment(guard(cookie, csrf), slot, stage, MOVE);
    }

    /** Asks candidate-service for the chosen moment; back to the page with the outcome's message key. */
    private Response requestMoment(SessionCrypto.Session session, String slot, String stage, MomentMessages messages) {
        UUID slotId;
        int stageOrder;
        try {
            slotId = UUID.fromString(slot == null ? "" : slot);
            stageOrder = Integer.parseInt(stage == null ? "" : stage);
        } catch (IllegalArgumentException e) {
            return back("fout", messages.noChoice());
        }
        Response answer = candidates.requestBooking(session.applicationId(), session.token(),
                Map.of("slotId", slotId.toString(), "stageOrder", stageOrder));
        return answer.getStatus() == 202 ? back("gedaan", messages.done()) : back("fout", messages.failed());
    }

    /** Gives up the held moment of a stage (CONTRACTS C3), after the candidate ticked that they mean it. */
    @POST
    @Path("annuleren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancelMoment(@CookieParam(Sessions.COOKIE) String cookie, @FormParam("csrf") String csrf,
            @FormParam("fase") String stage, @FormParam("bevestig") String confirmed) {
        SessionCrypto.Session session = guard(cookie, csrf);
        if (!"ja".equals(confirmed)) {
            return back("fout", "bevestig-annuleren");
        }
        int stageOrder;
        try {
            stageOrder = Integer.parseInt(stage == null ? "" : stage);
        } catch (NumberFormatException e) {
            return back("fout", "annuleren");
        }
        Response answer = candidates.requestCancellation(session.applicationId(), session.token(),
                Map.of("stageOrder", stageOrder));
        return answer.getStatus() == 202 ? back("gedaan", "geannuleerd") : back("fout", "annuleren");
    }

    @POST
    @Path("intrekken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@CookieParam(Sessions.COOKIE) String cookie, @FormParam("csrf") String csrf,
            @FormParam("bevestig") String confirmed) {
        SessionCrypto.Session session = guard(cookie, csrf);
        if (!"ja".equals(confirmed)) {
            return back("fout", "bevestig-intrekken");
        }
        Response answer = candidates.withdraw(session.applicationId(), session.token());
        return answer.getStatus() == 200 ? back("gedaan", "ingetrokken") : back("fout", "intrekken");
    }

    @POST
    @Path("wissen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@CookieParam(Sessions.COOKIE) String cookie, @FormParam("csrf") String csrf,
            @FormParam("bevestig") String confirmed) {
        SessionCrypto.Session session = guard(cookie, csrf);
        if (!"ja".equals(confirmed)) {
            return back("fout", "bevestig-wissen");
        }
        Response answer = candidates.erase(session.applicationId(), session.token());
        if (answer.getStatus() != 204) {
            return back("fout", "wissen");
        }
        return Response.seeOther(URI.create(Sessions.PATH + "/gewist")).cookie(sessions.expired()).build();
    }

    /** After erasure (POST, then redirect): a refresh shows this page again instead of sending the form twice. */
    @GET
    @Path("gewist")
    public Response erased() {
        return html(message.data("kind", "gewist"), 200);
    }

    @POST
    @Path("afmelden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(Sessions.COOKIE) String cookie, @FormParam("csrf") String csrf) {
        guard(cookie, csrf);
        return Response.seeOther(URI.create("/vacatures")).cookie(sessions.expired()).build();
    }

    /** Right of access: everything held about this application, as a JSON file. */
    @GET
    @Path("gegevens")
    @Produces(MediaType.APPLICATION_JSON)
    public Response data(@CookieParam(Sessions.COOKIE) String cookie) {
        SessionCrypto.Session session = sessions.read(cookie).orElseThrow(NotSignedIn::new);
        Response answer = candidates.data(session.applicationId(), session.token());
        if (answer.getStatus() != 200) {
            throw new NotSignedIn();
        }
        return Response.ok(ServiceReplies.body(answer), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"mijn-gegevens.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("documenten/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("documentId") String documentId) {
        return download(cookie, documentId, (session, id) -> candidates.document(session.applicationId(), id,
                session.token()), null, null);
    }

    /** A decision letter (PDF) about this application, as candidate-service renders it. */
    @GET
    @Path("brieven/{letterId}")
    @Produces(PDF)
    public Response letter(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("letterId") String letterId) {
        return download(cookie, letterId, (session, id) -> candidates.letter(session.applicationId(), id,
                session.token()), PDF, "attachment; filename=\"beslissing.pdf\"");
    }

    /**
     * Hands one of the session's files on from candidate-service: 404 for an id that is no UUID or a file the
     * service does not give this session. {@code type} and {@code disposition} are used when given (type) or when
     * the service sends none (disposition); otherwise the service's own headers pass.
     */
    private Response download(String cookie, String rawId, BiFunction<SessionCrypto.Session, UUID, Response> fetch,
            String type, String disposition) {
        SessionCrypto.Session session = sessions.read(cookie).orElseThrow(NotSignedIn::new);
        UUID id;
        try {
            id = UUID.fromString(rawId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        Response answer = fetch.apply(session, id);
        if (answer.getStatus() != 200) {
            throw new NotFoundException();
        }
        String given = answer.getHeaderString("Content-Disposition");
        return Response.ok(answer.readEntity(byte[].class), type != null ? MediaType.valueOf(type) : answer.getMediaType())
                .header("Content-Disposition", given != null ? given : disposition)
                .header("Cache-Control", "no-store").build();
    }

    private SessionCrypto.Session guard(String cookie, String csrf) {
        SessionCrypto.Session session = sessions.read(cookie).orElseThrow(NotSignedIn::new);
        if (!sessions.csrfMatches(cookie, csrf)) {
            throw new NotSignedIn();
        }
        return session;
    }

    private List<Candidates.Letter> readLetters(SessionCrypto.Session session) {
        Response answer = candidates.letters(session.applicationId(), session.token());
        return answer.getStatus() == 200 ? List.of(ServiceReplies.read(answer, Candidates.Letter[].class)) : List.of();
    }

    private Candidates.Data readData(SessionCrypto.Session session) {
        Response answer = candidates.data(session.applicationId(), session.token());
        return answer.getStatus() == 200 ? ServiceReplies.read(answer, Candidates.Data.class) : null;
    }

    private Vacancies.Vacancy readVacancy(UUID id) {
        Response answer = vacancies.get(id);
        return answer.getStatus() == 200 ? ServiceReplies.read(answer, Vacancies.Vacancy.class) : null;
    }

    private List<Candidates.FreeSlot> freeSlots(UUID vacancyId, int stageOrder) {
        try {
            Response answer = selection.freeSlots(vacancyId, stageOrder);
            return answer.getStatus() == 200 ? ServiceReplies.readList(answer, Candidates.FreeSlot.class) : List.of();
        } catch (jakarta.ws.rs.ProcessingException e) {
            return List.of(); // selection-service unreachable: no moments to show now
        }
    }

    private static Response back(String key, String value) {
        return Response.seeOther(URI.create(Sessions.PATH + "?" + key + "=" + value)).build();
    }

    private static Response html(TemplateInstance instance, int status) {
        return Response.status(status).entity(instance).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    /** What the page says when no moment was chosen, when the request was accepted, and when it was refused. */
    private record MomentMessages(String noChoice, String done, String failed) {
    }

    /** No valid session, or a form without this session's CSRF token: the page asks to open the mailed link again. */
    public static final class NotSignedIn extends RuntimeException {
        public NotSignedIn() {
            super("no valid mijn-kandidatuur session", null, false, false);
        }
    }
}
