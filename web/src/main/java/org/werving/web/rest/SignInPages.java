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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.werving.web.staff.DevSignIn;
import org.werving.web.staff.Staff;
import org.werving.web.staff.StaffSessions;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signing in and out for HR and jurors. In production {@code /aanmelden} is guarded by quarkus-oidc (the
 * authorization code flow runs before this page is reached) and only sends the person on to their pages. With
 * the development sign-in (local and test profiles only) it is a form: a demo person and a role.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {
    static final String NONCE = "werving_aanmelden";
    /** The demo people the local run offers (any subject of the same form may be typed). */
    static final List<String> DEMO_PEOPLE = List.of("hr.demo", "jurylid.an", "jurylid.bert", "jurylid.extern",
            "dashboard.demo");
    /** quarkus-oidc's logout path (RP-initiated logout at the identity provider). */
    static final URI OIDC_LOGOUT = URI.create("/oidc/afmelden");

    private final StaffSessions sessions;
    private final Template page;
    private final SecureRandom random = new SecureRandom();

    public SignInPages(StaffSessions sessions, @Location("aanmelden.html") Template page) {
        this.sessions = sessions;
        this.page = page;
    }

    @GET
    @Path("aanmelden")
    public Response show(@CookieParam(StaffSessions.COOKIE) String cookie, @QueryParam("afgemeld") String signedOut,
            @QueryParam("fout") String failed) {
        Optional<Staff> staff = sessions.current(cookie);
        if (staff.isPresent()) {
            return Response.seeOther(home(staff.get())).header("Cache-Control", "no-store").build();
        }
        if (!sessions.development()) {
            // production: quarkus-oidc guards this path, so an anonymous visitor never gets here
            return Response.seeOther(URI.create("/vacatures")).build();
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return Response.ok(page.data("people", DEMO_PEOPLE).data("csrf", sessions.signInCsrf(nonce))
                        .data("signedOut", signedOut != null).data("failed", failed != null).render())
                .cookie(StaffSessions.base(NONCE, nonce, "/aanmelden").maxAge(1800).build())
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("aanmelden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("persoon") String subject, @FormParam("rol") String role,
            @FormParam("csrf") String csrf, @CookieParam(NONCE) String nonce) {
        if (!sessions.development()) {
            throw new NotFoundException();
        }
        if (!sessions.signInCsrfMatches(nonce, csrf)) {
            throw new StaffSessions.ForgedForm();
        }
        String person = subject == null ? "" : subject.strip().toLowerCase(java.util.Locale.ROOT);
        if (!DevSignIn.validSubject(person) || role == null || !DevSignIn.ROLES.contains(role)) {
            return Response.seeOther(URI.create("/aanmelden?fout")).build();
        }
        String value = sessions.signInDev(person, role);
        return Response.seeOther(home(role)).cookie(sessions.cookie(value))
                .cookie(StaffSessions.base(NONCE, "", "/aanmelden").maxAge(0).build())
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("afmelden-medewerker")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(StaffSessions.COOKIE) String cookie, @FormParam("csrf") String csrf) {
        Staff staff = sessions.current(cookie).orElseThrow(StaffSessions.NotSignedIn::new);
        sessions.checkCsrf(staff, csrf);
        if (!sessions.development()) {
            return Response.seeOther(OIDC_LOGOUT).build();
        }
        return Response.seeOther(URI.create("/aanmelden?afgemeld")).cookie(sessions.expired())
                .header("Cache-Control", "no-store").build();
    }

    private static URI home(Staff staff) {
        return home(staff.hr() ? Staff.HR : staff.jury() ? Staff.JURY : Staff.DASHBOARD);
    }

    private static URI home(String role) {
        return URI.create(switch (role) {
            case Staff.HR -> "/hr";
            case Staff.JURY -> "/jury";
            default -> "/hr/dashboard";
        });
    }
}
