package org.werving.chassis.messaging;

import io.smallrye.config.ConfigMapping;

/** The events this service publishes (werving.events.*). */
@ConfigMapping(prefix = "werving.events")
public interface EventsConfig {
    /** ce_source of every event this service publishes, e.g. /werving/selection-service. */
    String source();
}
