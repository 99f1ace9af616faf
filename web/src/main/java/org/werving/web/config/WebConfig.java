package org.werving.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The web front end's own settings (the services' addresses are the REST clients' urls). */
@ConfigMapping(prefix = "werving.web")
public interface WebConfig {
    /** Base64 of a 32-byte AES key that seals the candidate's session cookie; required (docs/web.md). */
    String sessionKey();

    /** How long a "mijn kandidatuur" session lasts before the mailed link must be opened again. */
    @WithDefault("12")
    int sessionHours();

    /** The version of the privacy statement the application form shows and the candidate accepts. */
    @WithDefault("2026-01")
    String privacyStatementVersion();

    /** The development sign-in of HR and jury (local run and tests only; production refuses to start with it). */
    DevSignIn devSignIn();

    interface DevSignIn {
        /** On only in the local, dev and test profiles: a production start with it on fails. */
        @WithDefault("false")
        boolean enabled();

        /** The PEM (PKCS#8) private key of the development issuer, the one the services' local profile trusts. */
        Optional<String> privateKeyFile();

        @WithDefault("urn:werving:dev-issuer")
        String issuer();

        @WithDefault("werving")
        String audience();

        /** How long a development sign-in (and its token) lasts. */
        @WithDefault("480")
        int minutes();
    }
}
