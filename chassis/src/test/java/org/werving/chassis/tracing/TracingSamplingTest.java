package org.werving.chassis.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample ratio at its edges: a new trace is kept or not, a sampled caller's trace always stays sampled. */
class TracingSamplingTest {
    private static final String SAMPLED_CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private final List<SpanData> exported = new ArrayList<>();

    @Test
    void ratioOneRecordsEveryNewTrace() {
        Span span = tracing(1.0).server("GET /things", null);
        span.end();
        assertTrue(span.getSpanContext().isSampled());
        assertEquals(1, exported.size());
    }

    @Test
    void ratioZeroRecordsNoNewTraceButStillPassesItsIdsOn() {
        Span span = tracing(0.0).server("GET /things", null);
        span.end();
        assertFalse(span.getSpanContext().isSampled());
        assertTrue(span.getSpanContext().isValid(), "trace ids for the logs and the events all the same");
        String traceparent = TraceParents.of(Context.root().with(span));
        assertFalse(Span.fromContext(TraceParents.parent(traceparent)).getSpanContext().isSampled(),
                "downstream knows it is not sampled: " + traceparent);
        assertEquals(0, exported.size());
    }

    @Test
    void aSampledCallersTraceStaysSampledWhateverTheRatio() {
        Span span = tracing(0.0).consumer("CandidateApplied", "id", "subject", "topic", SAMPLED_CALLER);
        span.end();
        assertTrue(span.getSpanContext().isSampled());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", exported.get(0).getTraceId());
        assertEquals("00f067aa0ba902b7", exported.get(0).getParentSpanId());
    }

    private Tracing tracing(double ratio) {
        TracingConfig config = new TracingConfig() {
            @Override
            public Optional<String> otlpEndpoint() {
                return Optional.empty();
            }

            @Override
            public String serviceName() {
                return "sampling-test";
            }

            @Override
            public double sampleRatio() {
                return ratio;
            }
        };
        return new Tracing(config, List.of(new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                exported.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        }));
    }
}
