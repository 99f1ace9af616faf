package org.werving.chassis.tracing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Traces (werving.tracing.*); the chassis' META-INF/microprofile-config.properties maps the standard
 * OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME and OTEL_TRACES_SAMPLER_ARG onto these.
 */
@ConfigMapping(prefix = "werving.tracing")
public interface TracingConfig {
    /**
     * Base URL of an OTLP/HTTP collector, e.g. http://otel-collector:4318 (spans go to its /v1/traces). Absent:
     * spans are still made (trace ids in the logs, traceparent in the events) but exported nowhere.
     */
    Optional<String> otlpEndpoint();

    /** The service.name of the spans. */
    @WithDefault("werving")
    String serviceName();

    /** The share of new traces that is recorded (0.0 to 1.0); a trace that arrives sampled stays sampled. */
    @WithDefault("1.0")
    double sampleRatio();
}
