package org.werving.candidate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.werving.chassis.problem.ProblemException;

/**
 * Fixed-window rate limits per client address for the public write endpoints (applying) and the
 * use of candidate tokens. Over the limit: 429 problem+json with Retry-After (seconds until the
 * window ends). In memory, per replica: each replica limits its own share of the traffic.
 * The client is the address the web or the ingress forwards when it is a trusted proxy
 * ({@code quarkus.http.proxy.trusted-proxies}), the peer itself otherwise (see {@link ApplicationResource#client}).
 */
@ApplicationScoped
public class RateLimiter {
    public static final String APPLY = "apply";
    public static final String TOKEN = "token";

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, Integer> limits;
    private final long windowMillis;
    private final Clock clock = Clock.systemUTC();

    public RateLimiter(CandidateConfig config) {
        this.limits = Map.of(APPLY, config.rateLimit().apply().perWindow(), TOKEN, config.rateLimit().token().perWindow());
        this.windowMillis = config.rateLimit().windowSeconds() * 1000L;
    }

    /** Counts one request of {@code client} against {@code bucket}; throws a 429 problem when over the limit. */
    public void acquire(String bucket, String client) {
        long now = clock.millis();
        long start = now - now % windowMillis;
        Window window = windows.compute(bucket + "|" + client,
                (k, w) -> w == null || w.start != start ? new Window(start, 1) : new Window(start, w.count + 1));
        if (window.count > limits.get(bucket)) {
            long retryAfter = Math.max(1, (start + windowMillis - now + 999) / 1000);
            throw new ProblemException(429, "rate-limit", "Te veel aanvragen",
                    "Er kwamen te veel aanvragen van dit adres. Probeer het over " + retryAfter + " seconden opnieuw.",
                    List.of())
                    .withRetryAfter(retryAfter);
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().start != start);
        }
    }

    /** Tests: uses up the current window of {@code client} in {@code bucket}. */
    public void exhaust(String bucket, String client) {
        long now = clock.millis();
        windows.put(bucket + "|" + client, new Window(now - now % windowMillis, limits.get(bucket)));
    }

    /** Tests: forget every count. */
    public void reset() {
        windows.clear();
    }

    private record Window(long start, int count) {
    }
}
