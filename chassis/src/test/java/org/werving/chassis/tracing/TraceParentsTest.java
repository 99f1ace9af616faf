package org.werving.chassis.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The traceparent text of a span context and back, at its edges; the route and collector URL rules. */
class TraceParentsTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void aSampledSpanBecomesItsTraceparentAndBack() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        String text = TraceParents.of(Context.root().with(Span.wrap(span)));
        assertEquals("00-" + TRACE + "-" + SPAN + "-01", text);
        SpanContext back = Span.fromContext(TraceParents.parent(text)).getSpanContext();
        assertEquals(TRACE, back.getTraceId());
        assertEquals(SPAN, back.getSpanId());
        assertTrue(back.isSampled());
        assertTrue(back.isRemote());
    }

    @Test
    void anUnsampledSpanKeepsItsFlag() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault());
        String text = TraceParents.of(Context.root().with(Span.wrap(span)));
        assertEquals("00-" + TRACE + "-" + SPAN + "-00", text);
        assertFalse(Span.fromContext(TraceParents.parent(text)).getSpanContext().isSampled());
    }

    @Test
    void noSpanHasNoTraceparent() {
        assertNull(TraceParents.of(Context.root()));
        assertNull(TraceParents.current());
    }

    @Test
    void anAbsentBlankOrMalformedTraceparentIsTheRoot() {
        assertSame(Context.root(), TraceParents.parent(null));
        assertSame(Context.root(), TraceParents.parent("  "));
        assertFalse(Span.fromContext(TraceParents.parent("00-not-a-trace-01")).getSpanContext().isValid());
        assertFalse(Span.fromContext(TraceParents.parent("00-" + "0".repeat(32) + "-" + SPAN + "-01"))
                .getSpanContext().isValid(), "an all-zero trace id is invalid");
    }

    @Test
    void aRouteJoinsClassAndMethodPathsWithOneSlash() {
        assertEquals("/applications", TracingFilter.route("/applications", ""));
        assertEquals("/applications/{id}", TracingFilter.route("applications/", "/{id}"));
        assertEquals("/hr/vacancies/{id}/publish", TracingFilter.route("/hr/vacancies", "{id}/publish"));
        assertEquals("/", TracingFilter.route("", ""));
    }

    @Test
    void theCollectorsBaseUrlGetsTheTracesPathOnce() {
        assertEquals("http://collector:4318/v1/traces", Tracing.tracesUrl("http://collector:4318"));
        assertEquals("http://collector:4318/v1/traces", Tracing.tracesUrl("http://collector:4318/"));
        assertEquals("http://collector:4318/v1/traces", Tracing.tracesUrl(" http://collector:4318/v1/traces "));
    }
}
