package org.werving.web.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.web.session.Sessions;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The candidate's downloads and moment requests through HTTP against a fake candidate-service: a document passes
 * with the service's type and file name, a decision letter always as a PDF (with a file name of its own when the
 * service sends none), an unknown or malformed id is a 404; choosing and moving a moment answer with their own
 * message keys.
 */
@QuarkusTest
@WithTestResource(CandidateServiceFake.class)
class SelfServiceRequestsTest {
    @TestHTTPResource("/mijn-kandidatuur/")
    URI base;

    @Inject
    Sessions sessions;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;

    @BeforeEach
    void signIn() {
        UUID application = UUID.randomUUID();
        cookie = sessions.open(application, "geheim-" + application);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", Sessions.COOKIE + "=" + cookie)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a moment choice; answers where the page sends the browser back to. */
    private String choose(String action, String slot) throws IOException, InterruptedException {
        String form = "csrf=" + URLEncoder.encode(sessions.csrfToken(cookie), StandardCharsets.UTF_8) + "&slot=" + slot + "&fase=1";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(action))
                .header("Cookie", Sessions.COOKIE + "=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, answer.statusCode(), answer.body());
        return URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawQuery();
    }

    @Test
    void aDocumentKeepsTheServicesTypeAndFileName() throws Exception {
        HttpResponse<byte[]> answer = get("documenten/" + CandidateServiceFake.DOCUMENT);
        assertEquals(200, answer.statusCode());
        assertArrayEquals(CandidateServiceFake.DOCUMENT_BYTES, answer.body());
        assertEquals("image/png", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"cv.png\"", answer.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aLetterIsAPdfWithAFileNameEvenWhenTheServiceGivesNone() throws Exception {
        HttpResponse<byte[]> answer = get("brieven/" + CandidateServiceFake.LETTER);
        assertEquals(200, answer.statusCode());
        assertArrayEquals(CandidateServiceFake.LETTER_BYTES, answer.body());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"beslissing.pdf\"", answer.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void anUnknownFileIsNotFoundAndAMalformedIdIsNotAskedFor() throws Exception {
        assertEquals(404, get("documenten/" + UUID.randomUUID()).statusCode());
        assertEquals(404, get("brieven/" + CandidateServiceFake.DOCUMENT).statusCode());
        int calls = CandidateServiceFake.CALLS.get();
        assertEquals(404, get("documenten/niet-een-id").statusCode());
        assertEquals(404, get("brieven/niet-een-id").statusCode());
        assertEquals(calls, CandidateServiceFake.CALLS.get(), "a malformed id reached candidate-service");
    }

    @Test
    void choosingAndMovingAMomentSayWhatHappenedInTheirOwnWords() throws Exception {
        assertEquals("gedaan=boeking", choose("boeken", CandidateServiceFake.FREE_SLOT.toString()));
        assertEquals("gedaan=verplaatst", choose("verplaatsen", CandidateServiceFake.FREE_SLOT.toString()));
        assertEquals("fout=boeking", choose("boeken", UUID.randomUUID().toString()));
        assertEquals("fout=verplaatsen", choose("verplaatsen", UUID.randomUUID().toString()));
        assertEquals("fout=kies-moment", choose("boeken", ""));
        assertEquals("fout=kies-ander-moment", choose("verplaatsen", "geen-moment"));
    }
}
