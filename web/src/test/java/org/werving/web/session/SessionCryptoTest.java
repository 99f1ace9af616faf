package org.werving.web.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCryptoTest {
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210"
            .getBytes(StandardCharsets.US_ASCII));
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID APPLICATION = UUID.fromString("5b0c9a52-1f7e-4d3c-9a0b-2c7f1f0e9d11");
    private static final String TOKEN = "s3cr3t-Link_Token";

    private final SessionCrypto crypto = new SessionCrypto(KEY);

    private String sealed() {
        return crypto.seal(new SessionCrypto.Session(APPLICATION, TOKEN, NOW.plusSeconds(3600)));
    }

    @Test
    void aSealedSessionOpensWithTheSameKeyAndHidesTheToken() {
        String cookie = sealed();
        var session = crypto.open(cookie, NOW).orElseThrow();
        assertEquals(APPLICATION, session.applicationId());
        assertEquals(TOKEN, session.token());
        assertFalse(cookie.contains(TOKEN));
        assertFalse(new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.ISO_8859_1).contains(TOKEN));
        assertFalse(session.toString().contains(TOKEN), "a session never prints its token");
        assertTrue(cookie.matches("[A-Za-z0-9_-]+"), "a cookie value without characters that need quoting");
    }

    @Test
    void eachSealIsDifferent() {
        assertNotEquals(sealed(), sealed());
    }

    @Test
    void anAlteredCookieOpensNothing() {
        String cookie = sealed();
        char[] chars = cookie.toCharArray();
        int i = chars.length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        assertTrue(crypto.open(new String(chars), NOW).isEmpty());
        assertTrue(crypto.open(cookie.substring(0, cookie.length() - 2), NOW).isEmpty());
        assertTrue(crypto.open("not base64 !", NOW).isEmpty());
        assertTrue(crypto.open("", NOW).isEmpty());
        assertTrue(crypto.open(null, NOW).isEmpty());
    }

    @Test
    void anotherKeyOpensNothing() {
        assertTrue(new SessionCrypto(OTHER_KEY).open(sealed(), NOW).isEmpty());
    }

    @Test
    void anExpiredSessionOpensNothing() {
        String cookie = sealed();
        assertTrue(crypto.open(cookie, NOW.plusSeconds(3599)).isPresent());
        assertTrue(crypto.open(cookie, NOW.plusSeconds(3600)).isEmpty());
    }

    @Test
    void theCsrfTokenHoldsOnlyWithItsOwnCookie() {
        String cookie = sealed();
        String other = sealed();
        String csrf = crypto.csrfToken(cookie);
        assertTrue(crypto.csrfMatches(cookie, csrf));
        assertFalse(crypto.csrfMatches(other, csrf));
        assertFalse(crypto.csrfMatches(cookie, null));
        assertFalse(crypto.csrfMatches(cookie, csrf.substring(1)));
        assertFalse(new SessionCrypto(OTHER_KEY).csrfMatches(cookie, csrf));
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64StopsTheStart() {
        assertThrows(IllegalStateException.class, () -> new SessionCrypto(null));
        assertThrows(IllegalStateException.class, () -> new SessionCrypto("kort"));
        assertThrows(IllegalStateException.class, () -> new SessionCrypto("!!!"));
        assertThrows(IllegalStateException.class,
                () -> new SessionCrypto(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
