package org.werving.chassis.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The outbox relay (werving.outbox.*). */
@ConfigMapping(prefix = "werving.outbox")
public interface OutboxConfig {
    /** Rows sent per batch; the relay loops while batches come back full. At most 1000 (the emitter's buffer). */
    @WithDefault("200")
    int batchSize();

    /**
     * The safety-net sweep (after a crash or a lost signal); the relay otherwise drains on the trigger's NOTIFY
     * at commit. Read by the scheduler as {@code ${werving.outbox.interval:2s}}.
     */
    @WithDefault("2s")
    String interval();

    /** LISTEN for the outbox trigger's NOTIFY; off leaves only the sweep. */
    @WithDefault("true")
    boolean listen();

    /** The NOTIFY channel the outbox_event trigger signals. */
    @WithDefault("werving_outbox")
    String channel();

    /** Published rows are kept this long for inspection, then removed. */
    @WithDefault("P7D")
    Duration retention();
}
