package org.werving.web.client;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.web.session.Sessions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * CONTRACTS C6, the other side: when the peer is not a configured proxy (here only 10.20.30.40 is trusted and the
 * test calls from loopback), an X-Forwarded-For it sends is ignored, and candidate-service hears the peer's own
 * address: a browser cannot pose as someone else to dodge the rate limiter.
 */
@QuarkusTest
@TestProfile(UntrustedForwardedForTest.OnlyAnotherProxyTrusted.class)
@WithTestResource(CandidateServiceRecorder.class)
class UntrustedForwardedForTest {
    public static class OnlyAnotherProxyTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.20.30.40");
        }
    }

    @TestHTTPResource("/mijn-kandidatuur")
    URI page;

    @Inject
    Sessions sessions;

    @Test
    void aForwardedHeaderFromAnUntrustedPeerIsNotPassedOn() throws Exception {
        CandidateServiceRecorder.ARRIVED.clear();
        UUID application = UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(page)
                .header("Cookie", Sessions.COOKIE + "=" + sessions.open(application, "geheim-" + application))
                .header("X-Forwarded-For", "198.51.100.66").build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        CandidateServiceRecorder.Arrived arrived = CandidateServiceRecorder.ARRIVED.poll(5, TimeUnit.SECONDS);
        assertNotNull(arrived, "the page did not call candidate-service");
        assertEquals(List.of("127.0.0.1"), arrived.forwardedFor());
    }
}
