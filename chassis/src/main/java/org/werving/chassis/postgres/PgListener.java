package org.werving.chassis.postgres;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one PostgreSQL connection of a service that LISTENs for NOTIFY: every channel a bean asks for is heard on
 * it. A lost connection is opened again with back-off (100 ms doubling to 5 s) and every channel LISTENed
 * again; since notifications sent while it was down are lost, a channel's {@code subscribed} callback runs on
 * each (re)subscription, so its owner can catch up (a sweep, a reload). The connection's
 * {@code application_name} is the service's name followed by {@value #SUFFIX}.
 */
@ApplicationScoped
public class PgListener {
    static final String SUFFIX = "-listen";
    private static final Logger LOG = Logger.getLogger(PgListener.class);

    private final PgSubscriber subscriber;
    private boolean connecting;
    private volatile boolean stopped;

    public PgListener(Vertx vertx,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("application_name", application + SUFFIX);
        this.subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> stopped ? -1L : Math.min(5_000L, 100L * (1L << Math.min(retries, 6))));
    }

    /**
     * LISTENs on {@code channel}: {@code notified} gets each notification's payload, {@code subscribed} runs each
     * time the LISTEN took effect (the first time and after every reconnection). Opens the connection on first use;
     * when it cannot, the failure is logged and the caller's own safety net (a sweep, a timer) carries on.
     */
    public synchronized void listen(String channel, Consumer<String> notified, Runnable subscribed) {
        // the subscribe handler first: setting the handler sends LISTEN, whose answer may come (on the event loop)
        // before a subscribe handler set after it, and that first subscription would go unannounced
        subscriber.channel(channel).subscribeHandler(subscribed::run).handler(notified::accept);
        if (!connecting && !stopped) {
            connecting = true;
            subscriber.connect().subscribe().with(
                    connected -> LOG.debugf("listening on PostgreSQL notifications (%s)", channel),
                    failure -> {
                        LOG.warnf("cannot LISTEN (%s); callers fall back on their periodic sweep", failure.getMessage());
                        reset();
                    });
        }
    }

    /** Stops hearing {@code channel} (UNLISTEN); the connection stays for the other channels. */
    public synchronized void unlisten(String channel) {
        subscriber.getDelegate().channel(channel).handler(null);
    }

    private synchronized void reset() {
        connecting = false;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        subscriber.closeAndForget();
    }
}
