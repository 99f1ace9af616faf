package org.werving.web.client;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.web.session.Sessions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CONTRACTS C6 at the REST client: the web's calls to candidate-service name the browser in X-Forwarded-For. The
 * test's own requests come from loopback, the one trusted proxy of the default configuration, so the address a
 * "proxy" forwards is the one passed on; without a forwarded header the peer itself is.
 */
@QuarkusTest
@WithTestResource(CandidateServiceRecorder.class)
class ForwardedForTest {
    @TestHTTPResource("/mijn-kandidatuur")
    URI page;

    @Inject
    Sessions sessions;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void forgetEarlierCalls() {
        CandidateServiceRecorder.ARRIVED.clear();
    }

    private CandidateServiceRecorder.Arrived openSelfService(String forwardedFor) throws Exception {
        UUID application = UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(page)
                .header("Cookie", Sessions.COOKIE + "=" + sessions.open(application, "geheim-" + application));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body()); // the recorder's 404: "this link no longer works"
        CandidateServiceRecorder.Arrived arrived = CandidateServiceRecorder.ARRIVED.poll(5, TimeUnit.SECONDS);
        assertNotNull(arrived, "the page did not call candidate-service");
        assertEquals("/self-service/applications/" + application, arrived.path());
        return arrived;
    }

    @Test
    void theAddressATrustedProxyForwardsIsPassedOn() throws Exception {
        assertEquals(List.of("203.0.113.9"), openSelfService("203.0.113.9").forwardedFor());
    }

    @Test
    void withoutAProxyThePeerItselfIsNamed() throws Exception {
        List<String> sent = openSelfService(null).forwardedFor();
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).equals("127.0.0.1"), sent.toString());
    }
}
