package org.werving.web.staff;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.werving.web.config.WebConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The development sign-in: issues the development issuer's tokens (the ones the services trust in their
 * local and test profiles) for a chosen demo person and role. Only the local, dev and test profiles may turn
 * it on; a start in any other profile with it on fails (the production profile never has the key either).
 */
@Startup
@ApplicationScoped
public class DevSignIn {
    /** The profiles in which a development sign-in may exist. */
    public static final Set<String> DEVELOPMENT_PROFILES = Set.of("local", "dev", "test");
    public static final Set<String> ROLES = Set.of(Staff.HR, Staff.JURY, Staff.DASHBOARD);
    private static final Pattern SUBJECT = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,79}");

    private final WebConfig.DevSignIn config;
    private final PrivateKey key;

    @Inject
    public DevSignIn(WebConfig config) {
        this(config, ConfigUtils.getProfiles());
    }

    DevSignIn(WebConfig config, List<String> activeProfiles) {
        this.config = config.devSignIn();
        refuseOutsideDevelopment(config.devSignIn().enabled(), activeProfiles);
        this.key = this.config.enabled() ? readKey(this.config.privateKeyFile().orElseThrow(() -> new IllegalStateException(
                "werving.web.dev-sign-in.private-key-file (WERVING_WEB_DEV_KEY_FILE) is required with the development sign-in")))
                : null;
    }

    /** Stops the start when the development sign-in is on in a profile that is not local, dev or test. */
    public static void refuseOutsideDevelopment(boolean enabled, List<String> activeProfiles) {
        if (enabled && activeProfiles.stream().noneMatch(DEVELOPMENT_PROFILES::contains)) {
            throw new IllegalStateException("werving.web.dev-sign-in.enabled is only allowed in the local, dev and test "
                    + "profiles; this start runs in " + activeProfiles + ": sign in through OpenID Connect instead");
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    public static boolean validSubject(String subject) {
        return subject != null && SUBJECT.matcher(subject).matches();
    }

    /** A development token for {@code subject} in {@code role}, valid for the configured minutes. */
    public String issue(String subject, String role) {
        if (!enabled()) {
            throw new IllegalStateException("the development sign-in is off");
        }
        if (!validSubject(subject) || !ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown demo person or role");
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.issuer());
        claims.setAudience(config.audience());
        claims.setSubject(subject);
        claims.setClaim("preferred_username", subject);
        claims.setStringListClaim("roles", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(config.minutes());
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    public int minutes() {
        return config.minutes();
    }

    static PrivateKey readKey(String file) {
        try {
            String pem = Files.readString(Path.of(file), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("werving.web.dev-sign-in.private-key-file: cannot read a PKCS#8 RSA key from "
                    + file, e);
        }
    }
}
