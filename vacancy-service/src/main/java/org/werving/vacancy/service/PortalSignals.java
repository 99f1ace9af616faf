package org.werving.vacancy.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.werving.chassis.postgres.PgListener;

import java.util.Set;
import java.util.UUID;

/**
 * Tells the portal snapshot of every replica that a vacancy changed: the {@code vacancy} table's trigger
 * NOTIFYs {@value #CHANNEL} with the vacancy's id when a transaction that changed it commits (whoever wrote it),
 * heard on the service's one LISTEN connection ({@link PgListener}). A payload that is not an id reloads
 * everything; so does every (re)subscription, since notifications sent while the connection was down are lost.
 */
@ApplicationScoped
public class PortalSignals {
    static final String CHANNEL = "werving_portal";
    private static final Logger LOG = Logger.getLogger(PortalSignals.class);

    private final PortalSnapshot snapshot;
    private final PgListener listener;
    private final boolean enabled;

    public PortalSignals(PortalSnapshot snapshot, PgListener listener,
            @ConfigProperty(name = "werving.portal.listen", defaultValue = "true") boolean enabled) {
        this.snapshot = snapshot;
        this.listener = listener;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent startup) {
        if (enabled) {
            listener.listen(CHANNEL, this::changed, this::reloadAll);
        }
    }

    private void reloadAll() {
        snapshot.refreshAll().subscribe().with(ok -> { }, e -> LOG.debugf("portal reload after (re)subscribing: %s", e.getMessage()));
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
