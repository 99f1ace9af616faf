package org.werving.web.client;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Tells candidate-service who the candidate is on the network (CONTRACTS C6): every call the web makes for a
 * browser carries {@code X-Forwarded-For} with the browser's address as the web sees it. That address is the
 * peer's, or the one a trusted proxy forwarded ({@code quarkus.http.proxy.trusted-proxies}): Quarkus resolves
 * it before any page runs, so a header a browser sent itself from an untrusted address is never passed on.
 * candidate-service's rate limiter then counts the candidate instead of the web.
 */
@ApplicationScoped
public class ForwardedFor implements ClientHeadersFactory {
    public static final String HEADER = "X-Forwarded-For";

    private final Instance<CurrentVertxRequest> current;

    public ForwardedFor(Instance<CurrentVertxRequest> current) {
        this.current = current;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String address = browserAddress();
        if (address != null) {
            headers.putSingle(HEADER, address);
        }
        return headers;
    }

    private String browserAddress() {
        try {
            RoutingContext context = current.get().getCurrent();
            SocketAddress peer = context == null ? null : context.request().remoteAddress();
            return peer == null ? null : peer.hostAddress();
        } catch (ContextNotActiveException e) {
            return null; // not on behalf of a browser request: nobody to name
        }
    }
}
