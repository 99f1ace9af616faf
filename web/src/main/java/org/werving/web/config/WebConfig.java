package org.werving.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
