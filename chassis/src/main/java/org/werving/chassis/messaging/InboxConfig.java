package org.werving.chassis.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The one inbox policy of every service (werving.inbox.*). */
@ConfigMapping(prefix = "werving.inbox")
public interface InboxConfig {
    /** Attempts for an event that fails for a domain reason (the first one included) before it is dead-lettered. */
    @WithDefault("4")
    int attempts();

    /**
     * Attempts for an event whose transaction lost a race to another writer (a stale version, a unique key taken
     * at the same moment) before it is dead-lettered; counted apart from {@link #attempts()}.
     */
    @WithDefault("20")
    int raceAttempts();

    /** The first back-off; it doubles with each retry. */
    @WithDefault("PT0.1S")
    Duration backoff();

    /** The longest back-off: a transient failure is retried at this pace for as long as it lasts. */
    @WithDefault("PT5S")
    Duration maxBackoff();
}
