package org.werving.web.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing where candidate-service would, with one document, one letter and one free moment:
 * the document comes with its own type and file name, the letter with neither (as a service may send it), a
 * booking request for {@link #FREE_SLOT} is accepted (202) and any other refused (409); everything else is 404.
 */
public class CandidateServiceFake implements QuarkusTestResourceLifecycleManager {
    static final UUID DOCUMENT = UUID.randomUUID();
    static final UUID LETTER = UUID.randomUUID();
    static final UUID FREE_SLOT = UUID.randomUUID();
    static final byte[] DOCUMENT_BYTES = "het cv".getBytes(StandardCharsets.UTF_8);
    static final byte[] LETTER_BYTES = "%PDF-1.7 de brief".getBytes(StandardCharsets.UTF_8);
    static final AtomicInteger CALLS = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            CALLS.incrementAndGet();
            try {
                answer(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.candidate.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/documents/" + DOCUMENT)) {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"cv.png\"");
            send(exchange, 200, DOCUMENT_BYTES);
        } else if (path.endsWith("/letters/" + LETTER)) {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            send(exchange, 200, LETTER_BYTES);
        } else if (path.endsWith("/booking-requests")) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body.contains(FREE_SLOT.toString()) ? 202 : 409, -1);
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
