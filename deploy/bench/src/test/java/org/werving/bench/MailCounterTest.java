package org.werving.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Both generations of the mail catcher, imitated by a small HTTP server on loopback. */
class MailCounterTest {
    private final List<String> subjects = new ArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private MailCounter catcher(boolean api) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (api && exchange.getRequestURI().getPath().equals("/api/mails")) {
                reply(exchange, "application/json", json(exchange.getRequestURI().getQuery()));
            } else {
                reply(exchange, "text/plain", page());
            }
        });
        server.start();
        return new MailCounter(HttpClient.newHttpClient(), server.getAddress().getPort());
    }

    private void receive(int count, String subject) {
        for (int i = 0; i < count; i++) {
            subjects.add(subject);
        }
    }

    @Test
    void theJsonCatcherIsReadIncrementallyAndAsksForMoreWhenAPollDidNotReachBack() throws Exception {
        MailCounter counter = catcher(true);
        receive(3, "We hebben je kandidatuur voor X goed ontvangen");
        receive(2, "Je bent toegelaten tot de selectieprocedure voor X");
        assertEquals(new MailCounter.Mails(5, 3), counter.count());
        receive(700, "We hebben je kandidatuur voor Y goed ontvangen"); // more than one poll's 200
        receive(650, "Je bent niet toegelaten tot de selectieprocedure voor Y");
        assertEquals(new MailCounter.Mails(1355, 703), counter.count());
        assertEquals(new MailCounter.Mails(1355, 703), counter.count());
    }

    @Test
    void theOlderTextPageIsCountedWhole() throws Exception {
        MailCounter counter = catcher(false);
        receive(2, "We hebben je kandidatuur voor X goed ontvangen");
        receive(1, "Je bent toegelaten tot de selectieprocedure voor X");
        assertEquals(new MailCounter.Mails(3, 2), counter.count());
    }

    /** Newest first, ids 1.. in arrival order, at most {@code limit}. */
    private String json(String query) {
        int limit = query != null && query.startsWith("limit=") ? Integer.parseInt(query.substring(6)) : Integer.MAX_VALUE;
        StringBuilder out = new StringBuilder("{\"received\":" + subjects.size() + ",\"max\":2000,\"mails\":[");
        for (int id = subjects.size(), n = 0; id >= 1 && n < limit; id--, n++) {
            out.append(n > 0 ? "," : "").append("{\"id\":").append(id).append(",\"subject\":\"")
                    .append(subjects.get(id - 1)).append("\",\"text\":\"...\"}");
        }
        return out.append("]}").toString();
    }

    private String page() {
        StringBuilder page = new StringBuilder(subjects.size() + " mail(s) received by the werving mail catcher\n\n");
        for (int i = subjects.size() - 1; i >= 0; i--) {
            page.append("=== date\nTo: a@example.org\nSubject: ").append(subjects.get(i)).append("\n\nbody\n\n");
        }
        return page.toString();
    }

    private static void reply(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
