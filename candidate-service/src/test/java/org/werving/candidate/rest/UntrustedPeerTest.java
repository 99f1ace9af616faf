package org.werving.candidate.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.werving.candidate.rest.ForwardedClientTest.LOOPBACK;
import static org.werving.candidate.rest.ForwardedClientTest.applyFrom;

/**
 * From a peer that is not a trusted proxy, X-Forwarded-For is ignored: the peer is the client, so a
 * caller cannot escape its limit by naming another address (issue 16).
 */
@QuarkusTest
@TestProfile(UntrustedPeerTest.OnlyAFarProxyIsTrusted.class)
class UntrustedPeerTest {
    @Inject
    RateLimiter limiter;

    @AfterEach
    void forget() {
        limiter.reset();
    }

    /** Trusts a proxy elsewhere, not the loopback peer of the tests. */
    public static class OnlyAFarProxyIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void theForwardedHeaderOfAnUntrustedPeerIsIgnored() {
        LOOPBACK.forEach(address -> limiter.exhaust(RateLimiter.APPLY, address));

        applyFrom("203.0.113.40").statusCode(429);
    }

    @Test
    void aForwardedAddressThatIsUsedUpDoesNotLimitTheUntrustedPeer() {
        limiter.exhaust(RateLimiter.APPLY, "203.0.113.41");

        applyFrom("203.0.113.41").statusCode(404);
    }
}
