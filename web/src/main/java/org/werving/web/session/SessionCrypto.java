package org.werving.web.session;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals a candidate's session (application id, secret link token, expiry) into a cookie value with
 * AES-256-GCM, and derives the CSRF token of that session. Nothing is stored on the server: the
 * cookie is the session, and a cookie that was altered, sealed with another key or expired opens nothing.
 */
public final class SessionCrypto {
    private static final String VERSION = "v1";
    private static final byte[] AAD = "werving-mijn-kandidatuur".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final byte[] csrfKey;
    private final SecureRandom random = new SecureRandom();

    /** {@code base64Key}: standard Base64 of exactly 32 bytes. */
    public SessionCrypto(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("werving.web.session-key (WERVING_WEB_SESSION_KEY) is not valid Base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("werving.web.session-key (WERVING_WEB_SESSION_KEY) must be Base64 of 32 "
                    + "random bytes (e.g. openssl rand -base64 32); it has " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.csrfKey = hmac(raw, "csrf".getBytes(StandardCharsets.UTF_8));
    }

    /** The session of one application as the cookie carries it. */
    public record Session(UUID applicationId, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Session[" + applicationId + ", token hidden, until " + expiresAt + "]";
        }
    }

    public String seal(Session session) {
        if (session.token().indexOf('|') >= 0) {
            throw new IllegalArgumentException("token contains a separator");
        }
        return sealText(AAD, String.join("|", VERSION, session.applicationId().toString(),
                Long.toString(session.expiresAt().getEpochSecond()), session.token()));
    }

    /** Seals any text under this key, bound to {@code aad} (so a value sealed for one purpose opens nothing else). */
    public String sealText(byte[] aad, String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return URL.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The text sealed by {@link #sealText} with the same {@code aad}; empty when altered, foreign or garbage. */
    public Optional<String> openText(byte[] aad, String sealedValue) {
        if (sealedValue == null || sealedValue.isBlank() || sealedValue.length() > 4096) {
            return Optional.empty();
        }
        try {
            byte[] in = URL_DECODER.decode(sealedValue);
            if (in.length <= IV_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad);
            return Optional.of(new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty(); // tampered, foreign key or garbage
        }
    }

    /** The session in a cookie value; empty when it was altered, sealed with another key, malformed or expired. */
    public Optional<Session> open(String cookieValue, Instant now) {
        Optional<String> plain = openText(AAD, cookieValue);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] parts = plain.get().split("\\|", 4);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            Session session = new Session(UUID.fromString(parts[1]), parts[3], Instant.ofEpochSecond(Long.parseLong(parts[2])));
            return session.expiresAt().isAfter(now) ? Optional.of(session) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // garbage inside a valid seal
        }
    }

    /** The CSRF token of a session: a MAC of its cookie value, so it holds only together with that cookie. */
    public String csrfToken(String cookieValue) {
        return URL.encodeToString(hmac(csrfKey, cookieValue.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean csrfMatches(String cookieValue, String submitted) {
        if (cookieValue == null || submitted == null) {
            return false;
        }
        return MessageDigest.isEqual(csrfToken(cookieValue).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
