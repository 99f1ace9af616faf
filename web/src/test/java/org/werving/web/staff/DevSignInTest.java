package org.werving.web.staff;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development sign-in: only in development profiles, and its tokens are the ones the services trust locally. */
class DevSignInTest {
    private static final Path KEYS = Path.of("../deploy/infra/src/main/resources/werving-dev-keys");

    @Test
    void productionRefusesToStartWithTheDevelopmentSignIn() {
        IllegalStateException prod = assertThrows(IllegalStateException.class,
                () -> DevSignIn.refuseOutsideDevelopment(true, List.of("prod")));
        assertTrue(prod.getMessage().contains("werving.web.dev-sign-in.enabled"), prod.getMessage());
        assertThrows(IllegalStateException.class, () -> DevSignIn.refuseOutsideDevelopment(true, List.of()));
        assertThrows(IllegalStateException.class, () -> DevSignIn.refuseOutsideDevelopment(true, List.of("staging")));
        assertDoesNotThrow(() -> DevSignIn.refuseOutsideDevelopment(false, List.of("prod")));
        assertDoesNotThrow(() -> DevSignIn.refuseOutsideDevelopment(true, List.of("local")));
        assertDoesNotThrow(() -> DevSignIn.refuseOutsideDevelopment(true, List.of("test")));
    }

    @Test
    void aDemoPersonGetsAtokenOfTheDevelopmentIssuerThatItsPublicKeyVerifies() throws Exception {
        DevSignIn dev = new DevSignIn(TestConfig.devSignIn(KEYS.resolve("private.pem").toString()), List.of("test"));
        String token = dev.issue("jurylid.an", "jury");

        String pem = Files.readString(KEYS.resolve("public.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JwtConsumer consumer = new JwtConsumerBuilder().setExpectedIssuer("urn:werving:dev-issuer")
                .setExpectedAudience("werving").setRequireExpirationTime().setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        JwtClaims claims = consumer.processToClaims(token);
        assertEquals("jurylid.an", claims.getSubject());
        assertEquals(List.of("jury"), claims.getStringListClaimValue("roles"));
        assertTrue(claims.getExpirationTime().getValueInMillis() > System.currentTimeMillis() + 60_000);
    }

    @Test
    void onlyTheKnownRolesAndPlainSubjectsAreSigned() {
        DevSignIn dev = new DevSignIn(TestConfig.devSignIn(KEYS.resolve("private.pem").toString()), List.of("test"));
        assertThrows(IllegalArgumentException.class, () -> dev.issue("hr.demo", "admin"));
        assertThrows(IllegalArgumentException.class, () -> dev.issue("HR Demo|x", "hr"));
        assertThrows(IllegalArgumentException.class, () -> dev.issue("", "hr"));
    }

    @Test
    void aProductionStartWithTheSignInOnFailsWithThePropertysName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new DevSignIn(
                TestConfig.devSignIn(KEYS.resolve("private.pem").toString()), List.of("prod")));
        assertTrue(e.getMessage().contains("werving.web.dev-sign-in.enabled"), e.getMessage());
    }

    @Test
    void withTheSignInOffNothingIsSigned() {
        DevSignIn off = new DevSignIn(TestConfig.off(), List.of("prod"));
        assertThrows(IllegalStateException.class, () -> off.issue("hr.demo", "hr"));
    }
}
