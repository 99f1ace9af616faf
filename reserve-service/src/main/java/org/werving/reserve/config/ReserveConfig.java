package org.werving.reserve.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/**
 * reserve-service's own configuration, {@code werving.reserve.*} (docs/operations.md, reserve-service). The
 * chassis reads {@code werving.events.*}, {@code werving.inbox.*} and {@code werving.outbox.*} itself.
 */
@ConfigMapping(prefix = "werving.reserve")
public interface ReserveConfig {

    /**
     * The city's time zone: calendar dates (validity, expiry, the dashboard's periods) are those of the city.
     * application.properties sets it from the shared {@code werving.zone}.
     */
    @WithDefault("Europe/Brussels")
    ZoneId zone();

    /** How often the expiry job looks for reserves whose validity ended (the job reads the same key). */
    @WithDefault("1m")
    Duration expiryInterval();

    Rules rules();

    /** A laureate's place on the reserve (see ReserveRules). */
    interface Rules {
        /** A temporarily appointed laureate keeps their place for a permanent appointment. */
        @WithDefault("true")
        boolean temporaryKeepsPlace();

        /** Declined offers a laureate may make and stay on the reserve. */
        @WithDefault("1")
        int declinesKept();

        /** Whether declining a temporary appointment counts as a decline. */
        @WithDefault("true")
        boolean temporaryDeclinesCount();
    }
}
