package org.werving.chassis.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;

/**
 * The service's tracer: OpenTelemetry SDK spans, sampled by {@link TracingConfig#sampleRatio()} (parent-based),
 * sent in batches to an OTLP/HTTP collector when {@link TracingConfig#otlpEndpoint()} is set, and at once to any
 * {@link SpanExporter} bean the application adds (the tests' in-memory exporter). The spans are made by the
 * chassis itself: {@link TracingFilter} per HTTP request, the outbox relay per published event, the inbox per
 * consumed event.
 */
@ApplicationScoped
public class Tracing {
    private static final Logger LOG = Logger.getLogger(Tracing.class);
    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> MESSAGING_OPERATION = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> MESSAGING_DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");

    private final SdkTracerProvider provider;
    private final Tracer tracer;

    @Inject
    public Tracing(TracingConfig config, @Any Instance<SpanExporter> exporters) {
        this(config, (Iterable<SpanExporter>) exporters);
    }

    Tracing(TracingConfig config, Iterable<SpanExporter> exporters) {
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(
                        Attributes.of(AttributeKey.stringKey("service.name"), config.serviceName()))))
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(config.sampleRatio())));
        config.otlpEndpoint().ifPresent(endpoint -> {
            builder.addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                    .setEndpoint(tracesUrl(endpoint)).build()).build());
            LOG.infof("traces of %s go to %s", config.serviceName(), tracesUrl(endpoint));
        });
        exporters.forEach(exporter -> builder.addSpanProcessor(SimpleSpanProcessor.create(exporter)));
        this.provider = builder.build();
        this.tracer = provider.get("org.werving.chassis");
    }

    /** The OTLP/HTTP traces URL of a collector's base URL. */
    static String tracesUrl(String endpoint) {
        String base = endpoint.trim();
        if (base.endsWith("/v1/traces")) {
            return base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces";
    }

    void stop(@Observes ShutdownEvent shutdown) {
        provider.shutdown().join(5, TimeUnit.SECONDS);
    }

    /** A SERVER span for one HTTP request, the child of the caller's traceparent when it sent one. */
    public Span server(String name, String traceparent) {
        return tracer.spanBuilder(name).setSpanKind(SpanKind.SERVER)
                .setParent(TraceParents.parent(traceparent)).startSpan();
    }

    /** A PRODUCER span for publishing an outbox event, the child of the span that recorded it. */
    public Span producer(String type, String id, String subject, String traceparent) {
        return tracer.spanBuilder(type + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceParents.parent(traceparent))
                .setAttribute(MESSAGING_SYSTEM, "kafka").setAttribute(MESSAGING_OPERATION, "publish")
                .setAttribute(MESSAGE_ID, id).setAttribute(EVENT_TYPE, type).setAttribute(EVENT_SUBJECT, subject)
                .startSpan();
    }

    /** A CONSUMER span for applying one consumed event, the child of the producer's traceparent. */
    public Span consumer(String type, String id, String subject, String topic, String traceparent) {
        return tracer.spanBuilder(type + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParents.parent(traceparent))
                .setAttribute(MESSAGING_SYSTEM, "kafka").setAttribute(MESSAGING_OPERATION, "process")
                .setAttribute(MESSAGING_DESTINATION, topic == null ? "" : topic)
                .setAttribute(MESSAGE_ID, id).setAttribute(EVENT_TYPE, type).setAttribute(EVENT_SUBJECT, subject)
                .startSpan();
    }

    /** Makes {@code span} current (on the current Vert.x duplicated context) until the scope is closed. */
    public static Scope activate(Span span) {
        return Context.current().with(span).makeCurrent();
    }

    /** Ends {@code span}, marked as an error when {@code failure} is not null. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }
}
