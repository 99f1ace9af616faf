package org.werving.vacancy.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Tells the portal snapshot of every replica that a vacancy changed: the {@code vacancy} table's trigger
 * NOTIFYs {@value #CHANNEL} with the vacancy's id when a transaction that changed it commits (whoever wrote it),
 * and this bean LISTENs on one connection of its own. A payload that is not an id reloads everything; so does
 * every (re)subscription, since notifications sent while the connection was down are lost.
 */
@ApplicationScoped
public class PortalSignals {
    static final String CHANNEL = "werving_portal";
    private static final Logger LOG = Logger.getLogger(PortalSignals.class);

    private final PortalSnapshot snapshot;
    private final Vertx vertx;
    private final PgConnectOptions options;
    private final boolean enabled;
    private volatile PgSubscriber subscriber;
    private volatile boolean stopped;

    public PortalSignals(PortalSnapshot snapshot, Vertx vertx,
            @ConfigProperty(name = "werving.portal.listen", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.snapshot = snapshot;
        this.vertx = vertx;
        this.enabled = enabled;
        PgConnectOptions connect = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(connect::setUser);
        password.ifPresent(connect::setPassword);
        this.options = connect;
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        PgSubscriber listening = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> stopped ? -1L : Math.min(5_000L, 100L * (1L << Math.min(retries, 6))));
        listening.channel(CHANNEL)
                .handler(this::changed)
                .subscribeHandler(() -> snapshot.refreshAll().subscribe().with(ok -> { }, e -> { }));
        subscriber = listening;
        listening.connect().subscribe().with(
                connected -> LOG.debugf("portal listening on %s", CHANNEL),
                failure -> LOG.warnf("portal cannot LISTEN (%s); the periodic refresh keeps it current", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        PgSubscriber listening = subscriber;
        if (listening != null) {
            listening.closeAndForget();
        }
    }

    private void changed(String payload) {
        UUID id = id(payload);
        var refresh = id == null ? snapshot.refreshAll() : snapshot.refresh(Set.of(id));
        refresh.subscribe().with(ok -> { }, e -> LOG.debugf("portal refresh after a signal: %s", e.getMessage()));
    }

    /** The vacancy named by a notification; null when the payload names none. */
    static UUID id(String payload) {
        try {
            return payload == null || payload.isBlank() ? null : UUID.fromString(payload.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
