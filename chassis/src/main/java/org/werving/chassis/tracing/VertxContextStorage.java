package org.werving.chassis.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import org.jboss.logging.MDC;

/**
 * Keeps the current OpenTelemetry context in the local data of the Vert.x duplicated context (one per HTTP
 * request, one per consumed message), so it follows the reactive chain across threads and callbacks; off a
 * duplicated context (the event loop itself, a plain thread) it falls back on the thread-local storage. The
 * attached span's trace and span ids go into the log MDC (traceId, spanId), which the JSON log shows.
 */
final class VertxContextStorage implements ContextStorage {
    private static final String KEY = "werving.otel.context";
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private final ContextStorage fallback;

    VertxContextStorage(ContextStorage fallback) {
        this.fallback = fallback;
    }

    @Override
    public Scope attach(Context toAttach) {
        io.vertx.core.Context vertx = duplicated();
        if (vertx == null) {
            Context before = fallback.current();
            Scope scope = fallback.attach(toAttach);
            logIds(toAttach);
            return () -> {
                scope.close();
                logIds(before);
            };
        }
        Context before = vertx.getLocal(KEY);
        if (before == toAttach) {
            return Scope.noop();
        }
        vertx.putLocal(KEY, toAttach);
        logIds(toAttach);
        return () -> {
            if (before == null) {
                vertx.removeLocal(KEY);
            } else {
                vertx.putLocal(KEY, before);
            }
            if (Vertx.currentContext() == vertx) {
                logIds(before);
            }
        };
    }

    @Override
    public Context current() {
        io.vertx.core.Context vertx = duplicated();
        return vertx == null ? fallback.current() : vertx.getLocal(KEY);
    }

    private static io.vertx.core.Context duplicated() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context) ? context : null;
    }

    private static void logIds(Context context) {
        SpanContext span = context == null ? SpanContext.getInvalid() : Span.fromContext(context).getSpanContext();
        if (span.isValid()) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        } else {
            MDC.remove(TRACE_ID);
            MDC.remove(SPAN_ID);
        }
    }
}
