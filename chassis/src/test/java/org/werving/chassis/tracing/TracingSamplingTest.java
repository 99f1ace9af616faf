package org.werving.chassis.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;
import org.werving.chassis.app.InMemorySpans;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample ratio at its edges: a new trace is kept or not, a sampled caller's trace always stays sampled. */
class TracingSamplingTest {
    private static final String SAMPLED_CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private final InMemorySpans exported = new InMemorySpans();

    @Test
    void ratioOneRecordsEveryNewTrace() {
        Span span = tracing(1.0).server("GET /things", null);
        span.end();
        assertTrue(span.getSpanContext().isSampled());
        assertEquals(1, exported.all().size());
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
        assertEquals(0, exported.all().size());
    }

    @Test
    void aSampledCallersTraceStaysSampledWhateverTheRatio() {
        Span span = tracing(0.0).consumer("CandidateApplied", "id", "subject", "topic", SAMPLED_CALLER);
        span.end();
        assertTrue(span.getSpanContext().isSampled());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", exported.all().get(0).getTraceId());
        assertEquals("00f067aa0ba902b7", exported.all().get(0).getParentSpanId());
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
        return new Tracing(config, List.of(exported));
    }
}
