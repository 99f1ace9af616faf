package org.werving.chassis.app;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The test application's span exporter: the chassis' Tracing sends every ended span here as well. */
@ApplicationScoped
public class InMemorySpans implements SpanExporter {
    private final List<SpanData> spans = new CopyOnWriteArrayList<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
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

    /** Every ended span, in the order they were exported. */
    public List<SpanData> all() {
        return List.copyOf(spans);
    }

    /** The ended spans of one trace. */
    public List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** The ended spans with this name. */
    public List<SpanData> named(String name) {
        return spans.stream().filter(span -> span.getName().equals(name)).toList();
    }
}
