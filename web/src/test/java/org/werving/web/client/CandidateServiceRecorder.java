package org.werving.web.client;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A real HTTP server in the test JVM standing where candidate-service would: it writes down what arrives (the
 * path and the X-Forwarded-For header) and answers 404, so a test sees exactly what the web sends out.
 */
public class CandidateServiceRecorder implements QuarkusTestResourceLifecycleManager {
    /** One request as it arrived: path and the X-Forwarded-For values (empty when absent). */
    public record Arrived(String path, List<String> forwardedFor) {
    }

    public static final BlockingQueue<Arrived> ARRIVED = new LinkedBlockingQueue<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            List<String> values = exchange.getRequestHeaders().get("X-Forwarded-For");
            ARRIVED.add(new Arrived(exchange.getRequestURI().getPath(), values == null ? List.of() : List.copyOf(values)));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.candidate.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
