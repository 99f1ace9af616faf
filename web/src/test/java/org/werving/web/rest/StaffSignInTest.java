package org.werving.web.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.web.session.Sessions;
import org.werving.web.staff.StaffSessions;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The development sign-in of the test profile, through HTTP: the form and its CSRF token, the sealed staff
 * cookie, who may open what (no cookie, a candidate's cookie, a juror on HR's pages) and signing out.
 */
@QuarkusTest
class StaffSignInTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URI base;

    @Inject
    Sessions candidateSessions;

    @Inject
    StaffSessions staffSessions;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
    }

    private static String pair(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** Signs in as {@code subject} in {@code role}; yields the staff cookie as a Cookie header value. */
    private String signIn(String subject, String role) throws Exception {
        HttpResponse<String> form = get("aanmelden", null);
        assertEquals(200, form.statusCode());
        String nonce = pair(cookie(form, SignInPages.NONCE));
        HttpResponse<String> signedIn = post("aanmelden", nonce, "persoon=" + URLEncoder.encode(subject,
                StandardCharsets.UTF_8) + "&rol=" + role + "&csrf=" + csrf(form.body()));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return pair(cookie(signedIn, "werving_medewerker"));
    }

    @Test
    void theSignInFormGivesASealedStrictCookieAndSendsEachRoleToItsPages() throws Exception {
        HttpResponse<String> form = get("aanmelden", null);
        assertTrue(form.body().contains("Ontwikkelaanmelding"), form.body());
        String nonce = pair(cookie(form, SignInPages.NONCE));
        HttpResponse<String> signedIn = post("aanmelden", nonce, "persoon=hr.demo&rol=hr&csrf=" + csrf(form.body()));
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/hr"));
        String setCookie = cookie(signedIn, "werving_medewerker");
        for (String attribute : List.of("Secure", "HttpOnly", "SameSite=Strict", "Path=/")) {
            assertTrue(setCookie.contains(attribute), setCookie);
        }
        assertFalse(setCookie.contains("hr.demo"), "the cookie is sealed: " + setCookie);
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> form = get("aanmelden", null);
        String nonce = pair(cookie(form, SignInPages.NONCE));
        HttpResponse<String> forged = post("aanmelden", nonce, "persoon=hr.demo&rol=hr&csrf=vals");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("werving_medewerker=")));
        HttpResponse<String> noNonce = post("aanmelden", null, "persoon=hr.demo&rol=hr&csrf=" + csrf(form.body()));
        assertEquals(403, noNonce.statusCode());
    }

    @Test
    void withoutASignInTheStaffPagesSendToTheSignInAndACandidatesCookieOpensNothing() throws Exception {
        for (String path : List.of("hr", "jury", "hr/vacatures/" + UUID.randomUUID(), "hr/vacatures/" + UUID.randomUUID()
                + "/fasen/1", "hr/vacatures/" + UUID.randomUUID() + "/reserve", "hr/dashboard", "jury/" + UUID.randomUUID()
                + "/fasen/1")) {
            HttpResponse<String> anonymous = get(path, null);
            assertEquals(303, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/aanmelden"), path);
        }
        String candidate = Sessions.COOKIE + "=" + candidateSessions.open(UUID.randomUUID(), "geheim-token");
        HttpResponse<String> withCandidateCookie = get("hr", candidate);
        assertEquals(303, withCandidateCookie.statusCode());
        assertTrue(withCandidateCookie.headers().firstValue("Location").orElseThrow().endsWith("/aanmelden"));
        // the candidate's sealed value under the staff cookie's name opens nothing either (another seal)
        String relabelled = "werving_medewerker=" + candidateSessions.open(UUID.randomUUID(), "geheim-token");
        assertEquals(303, get("hr", relabelled).statusCode());
    }

    @Test
    void aJurorGetsNoHrPageAndCsrfGuardsTheSignOut() throws Exception {
        String juror = signIn("jurylid.an", "jury");
        HttpResponse<String> hr = get("hr", juror);
        assertEquals(403, hr.statusCode());
        assertTrue(hr.body().contains("Geen toegang"), hr.body());

        HttpResponse<String> forged = post("afmelden-medewerker", juror, "csrf=vals");
        assertEquals(403, forged.statusCode());
        HttpResponse<String> page = get("aanmelden", juror); // signed in: on to the juror's pages
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/jury"));
    }

    @Test
    void signingOutEndsTheCookie() throws Exception {
        String hr = signIn("hr.demo", "hr");
        HttpResponse<String> signIn = get("aanmelden?afgemeld", null);
        String csrfOfHr = csrfOf(hr);
        HttpResponse<String> out = post("afmelden-medewerker", hr, "csrf=" + csrfOfHr);
        assertEquals(303, out.statusCode(), out.body());
        String expired = cookie(out, "werving_medewerker");
        assertTrue(expired.contains("Max-Age=0"), expired);
        assertEquals(200, signIn.statusCode());
    }

    /** The CSRF token the staff pages' forms carry for this sign-in. */
    private String csrfOf(String staffCookie) {
        String value = staffCookie.substring(staffCookie.indexOf('=') + 1);
        return staffSessions.csrfToken(staffSessions.current(value).orElseThrow());
    }
}
