package org.werving.chassis.tracing;

import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.ContextStorageProvider;

/** Found by OpenTelemetry through META-INF/services: the current context lives in the Vert.x duplicated context. */
public final class VertxContextStorageProvider implements ContextStorageProvider {
    @Override
    public ContextStorage get() {
        return new VertxContextStorage(ContextStorage.defaultStorage());
    }
}
