package org.werving.chassis.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The current trace context lives in the Vert.x duplicated context: it follows that context, not the thread. */
class VertxContextStorageTest {
    private static final Span SPAN = Span.wrap(SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
            TraceFlags.getSampled(), TraceState.getDefault()));
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void openTelemetryFindsTheChassisStorage() {
        assertInstanceOf(VertxContextStorage.class, ContextStorage.get());
    }

    @Test
    void theAttachedContextFollowsItsDuplicatedContextUntilTheScopeCloses() throws Exception {
        io.vertx.core.Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        io.vertx.core.Context other = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        Scope scope = on(request, () -> {
            Scope attached = Tracing.activate(SPAN);
            assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", MDC.get(VertxContextStorage.TRACE_ID));
            assertEquals("00f067aa0ba902b7", MDC.get(VertxContextStorage.SPAN_ID));
            return attached;
        });
        assertEquals(SPAN, on(request, Span::current), "a later callback on the same duplicated context");
        assertEquals(Span.getInvalid(), on(other, Span::current), "another request's context");
        assertEquals(Span.getInvalid(), Span.current(), "the test's own thread");
        on(request, () -> {
            scope.close();
            return null;
        });
        assertEquals(Span.getInvalid(), on(request, Span::current));
        assertNull(on(request, () -> MDC.get(VertxContextStorage.TRACE_ID)));
    }

    private static <T> T on(io.vertx.core.Context context, Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            try {
                result.complete(action.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
