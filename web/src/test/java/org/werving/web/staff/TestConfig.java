package org.werving.web.staff;

import org.werving.web.config.WebConfig;

import java.util.Optional;

/** A {@link WebConfig} for unit tests, with the development sign-in on (with a key file) or off. */
final class TestConfig {
    static final String KEY = "d2VydmluZy1sb2NhbC1kZXYta2V5LW5vdC1zZWNyZXQ=";

    private TestConfig() {
    }

    static WebConfig devSignIn(String keyFile) {
        return config(true, keyFile);
    }

    static WebConfig off() {
        return config(false, null);
    }

    private static WebConfig config(boolean enabled, String keyFile) {
        WebConfig.DevSignIn dev = new WebConfig.DevSignIn() {
            public boolean enabled() {
                return enabled;
            }

            public Optional<String> privateKeyFile() {
                return Optional.ofNullable(keyFile);
            }

            public String issuer() {
                return "urn:werving:dev-issuer";
            }

            public String audience() {
                return "werving";
            }

            public int minutes() {
                return 60;
            }
        };
        return new WebConfig() {
            public String sessionKey() {
                return KEY;
            }

            public int sessionHours() {
                return 12;
            }

            public String privacyStatementVersion() {
                return "2026-01";
            }

            public DevSignIn devSignIn() {
                return dev;
            }
        };
    }
}
