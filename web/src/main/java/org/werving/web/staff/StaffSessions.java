package org.werving.web.staff;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.NewCookie;
import org.werving.web.config.WebConfig;
import org.werving.web.session.SessionCrypto;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in on a staff page. In production quarkus-oidc runs the authorization code flow and keeps its
 * own session; the access token comes from that sign-in. With the development sign-in the page reads a sealed
 * cookie {@value #COOKIE} (Secure, HttpOnly, SameSite=Strict) that carries the development token. A candidate's
 * cookie is another cookie with another path and seal: it opens nothing here.
 */
@ApplicationScoped
public class StaffSessions {
    public static final String COOKIE = "werving_medewerker";
    private static final byte[] AAD = "werving-medewerker".getBytes(StandardCharsets.UTF_8);
    private static final String VERSION = "s1";

    private final SessionCrypto crypto;
    private final DevSignIn dev;
    private final Instance<SecurityIdentity> identity;

    public StaffSessions(WebConfig config, DevSignIn dev, Instance<SecurityIdentity> identity) {
        this.crypto = new SessionCrypto(config.sessionKey());
        this.dev = dev;
        this.identity = identity;
    }

    public boolean development() {
        return dev.enabled();
    }

    /** The signed-in person, if any: from the development cookie, or from the OpenID Connect sign-in. */
    public Optional<Staff> current(String devCookie) {
        if (dev.enabled()) {
            return openDev(devCookie, Instant.now());
        }
        SecurityIdentity who = identity.get();
        if (who == null || who.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential access = who.getCredential(AccessTokenCredential.class);
        if (access == null) {
            return Optional.empty();
        }
        IdTokenCredential id = who.getCredential(IdTokenCredential.class);
        String basis = who.getPrincipal().getName() + "|" + (id == null ? "" : Integer.toHexString(id.getToken().hashCode()));
        return Optional.of(new Staff(who.getPrincipal().getName(), Set.copyOf(who.getRoles()), access.getToken(), basis));
    }

    /** The page's person when they hold {@code role}; otherwise the reason it refuses. */
    public Staff require(String devCookie, String role) {
        Staff staff = current(devCookie).orElseThrow(NotSignedIn::new);
        boolean allowed = switch (role) {
            case Staff.HR -> staff.hr();
            case Staff.JURY -> staff.jury();
            case Staff.DASHBOARD -> staff.dashboard();
            default -> false;
        };
        if (!allowed) {
            throw new NotAllowed();
        }
        return staff;
    }

    /** A development sign-in of {@code subject} in {@code role}: the sealed cookie value. */
    public String signInDev(String subject, String role) {
        String token = dev.issue(subject, role);
        long until = Instant.now().plus(Duration.ofMinutes(dev.minutes())).getEpochSecond();
        return crypto.sealText(AAD, String.join("|", VERSION, Long.toString(until), subject, role, token));
    }

    Optional<Staff> openDev(String cookie, Instant now) {
        return crypto.openText(AAD, cookie).flatMap(plain -> {
            String[] parts = plain.split("\\|", 5);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            try {
                if (Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(now)) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.of(new Staff(parts[2], Set.of(parts[3]), parts[4], cookie));
        });
    }

    public String csrfToken(Staff staff) {
        return crypto.csrfToken("staff|" + staff.csrfBasis());
    }

    /** Refuses a staff form whose CSRF token is not the one of this sign-in. */
    public void checkCsrf(Staff staff, String submitted) {
        if (!crypto.csrfMatches("staff|" + staff.csrfBasis(), submitted)) {
            throw new ForgedForm();
        }
    }

    /** A CSRF token for the sign-in form itself, tied to a nonce cookie. */
    public String signInCsrf(String nonce) {
        return crypto.csrfToken("aanmelden|" + nonce);
    }

    public boolean signInCsrfMatches(String nonce, String submitted) {
        return nonce != null && crypto.csrfMatches("aanmelden|" + nonce, submitted);
    }

    public NewCookie cookie(String value) {
        return base(COOKIE, value, "/").maxAge(dev.minutes() * 60).build();
    }

    public NewCookie expired() {
        return base(COOKIE, "", "/").maxAge(0).build();
    }

    public static NewCookie.Builder base(String name, String value, String path) {
        return new NewCookie.Builder(name).value(value).path(path).secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT);
    }

    /** No one is signed in: the page sends the browser to the sign-in. */
    public static final class NotSignedIn extends RuntimeException {
        public NotSignedIn() {
            super("not signed in", null, false, false);
        }
    }

    /** Signed in, but without the role the page needs. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed() {
            super("role missing", null, false, false);
        }
    }

    /** A staff form without the CSRF token of its sign-in: refused, nothing changes. */
    public static final class ForgedForm extends RuntimeException {
        public ForgedForm() {
            super("csrf token missing or wrong", null, false, false);
        }
    }
}
