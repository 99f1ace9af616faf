package org.werving.web.session;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.werving.web.config.WebConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate's "mijn kandidatuur" session cookie: Secure, HttpOnly, SameSite=Strict, limited to
 * the pages under /mijn-kandidatuur. Built at start-up, so a missing or malformed key stops the start.
 */
@Startup
@ApplicationScoped
public class Sessions {
    public static final String COOKIE = "werving_kandidatuur";
    public static final String PATH = "/mijn-kandidatuur";

    private final SessionCrypto crypto;
    private final Duration lifetime;

    public Sessions(WebConfig config) {
        this.crypto = new SessionCrypto(config.sessionKey());
        this.lifetime = Duration.ofHours(config.sessionHours());
    }

    /** The sealed cookie value for one application and its secret link token. */
    public String open(UUID applicationId, String token) {
        return crypto.seal(new SessionCrypto.Session(applicationId, token, Instant.now().plus(lifetime)));
    }

    public Optional<SessionCrypto.Session> read(String cookieValue) {
        return crypto.open(cookieValue, Instant.now());
    }

    public String csrfToken(String cookieValue) {
        return crypto.csrfToken(cookieValue);
    }

    public boolean csrfMatches(String cookieValue, String submitted) {
        return crypto.csrfMatches(cookieValue, submitted);
    }

    public NewCookie cookie(String value) {
        return base(value).maxAge((int) lifetime.toSeconds()).build();
    }

    public NewCookie expired() {
        return base("").maxAge(0).build();
    }

    private static NewCookie.Builder base(String value) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
