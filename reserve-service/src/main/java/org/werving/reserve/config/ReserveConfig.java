package org.werving.reserve.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** reserve-service's own configuration (docs/operations.md, reserve-service). */
@ConfigMapping(prefix = "werving")
public interface ReserveConfig {

    /** The city's time zone: calendar dates (validity, expiry, the dashboard's periods) are those of the city. */
    @WithDefault("Europe/Brussels")
    ZoneId zone();

    Reserve reserve();

    interface Reserve {
        /** How often the expiry job looks for reserves whose validity ended. */
        @WithDefault("1m")
        Duration expiryInterval();

        Rules rules();
    }

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
