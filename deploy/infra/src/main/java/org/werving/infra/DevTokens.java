package org.werving.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Development tokens for the local run and the tests: RS256 JWTs signed with the development key
 * shipped in this jar (werving-dev-keys/private.pem), issuer {@value #ISSUER}. Only the services'
 * "test" and "local" profiles trust that key; their production profile verifies tokens against the
 * employer's identity provider and never knows it.
 *
 * <pre>java -cp deploy/infra/target/classes:deploy/infra/target/lib/* org.werving.infra.DevTokens hr [subject] [minutes]</pre>
 */
public final class DevTokens {
    public static final String ISSUER = "urn:werving:dev-issuer";
    public static final String AUDIENCE = "werving";

    private DevTokens() {
    }

    /** A valid token for the given subject and roles (hr, jury, admin, dashboard). */
    public static String issue(String subject, Duration ttl, String... roles) {
        return sign(claims(ISSUER, subject, ttl, roles), devKey(), AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject, String... roles) {
        JwtClaims claims = claims(ISSUER, subject, Duration.ofMinutes(10), roles);
        claims.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 3600));
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 60));
        return sign(claims, devKey(), AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** A token from another issuer, signed with the right key. */
    public static String wrongIssuer(String subject, String... roles) {
        return sign(claims("urn:someone-else", subject, Duration.ofMinutes(10), roles), devKey(),
                AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** A token with the right claims signed by a key nobody trusts. */
    public static String wrongSignature(String subject, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(ISSUER, subject, Duration.ofMinutes(10), roles), generator.generateKeyPair().getPrivate(),
                    AlgorithmIdentifiers.RSA_USING_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ("alg": "none") with the right claims. */
    public static String unsigned(String subject, String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claims(ISSUER, subject, Duration.ofMinutes(10), roles).toJson()
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JwtClaims claims(String issuer, String subject, Duration ttl, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("preferred_username", subject);
        claims.setStringListClaim("roles", List.of(roles));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(ttl.toSeconds() / 60f);
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key, String algorithm) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey devKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/werving-dev-keys/private.pem")) {
            if (in == null) {
                throw new IllegalStateException("development key missing from the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key", e);
        }
    }

    /** Prints a development token: {@code DevTokens ROLE[,ROLE] [SUBJECT] [MINUTES]}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: DevTokens ROLE[,ROLE...] [SUBJECT] [MINUTES]   roles: hr, jury, admin, dashboard");
            System.exit(2);
        }
        String[] roles = args[0].split(",");
        String subject = args.length > 1 ? args[1] : roles[0] + ".demo";
        long minutes = args.length > 2 ? Long.parseLong(args[2]) : 480;
        System.out.println(issue(subject, Duration.ofMinutes(minutes), roles));
    }
}
