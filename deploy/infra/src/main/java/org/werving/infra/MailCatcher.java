package org.werving.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local run's mail catcher: a real SMTP server on loopback that accepts every mail and keeps
 * the newest {@code max} of them (older ones are dropped, so it never fills its heap), decoded.
 * <ul>
 * <li>{@code GET /} — a page listing them, newest first; {@code ?to=address} shows one recipient's mail</li>
 * <li>{@code GET /api/mails} — the same as JSON ({@code ?to=address}, {@code ?limit=n}), for tests and scripts</li>
 * <li>{@code DELETE /api/mails} — forgets every mail</li>
 * </ul>
 */
final class MailCatcher {
    static final int DEFAULT_MAX = 2000;

    private final SmtpReceiver smtp;
    private final HttpServer web;
    private final int max;
    private final Deque<CaughtMail> mails = new ArrayDeque<>();
    private final AtomicLong received = new AtomicLong();

    MailCatcher(int smtpPort, int webPort) throws IOException {
        this(smtpPort, webPort, DEFAULT_MAX);
    }

    MailCatcher(int smtpPort, int webPort, int max) throws IOException {
        if (max < 1) {
            throw new IllegalArgumentException("the mail catcher keeps at least one mail, not " + max);
        }
        this.max = max;
        this.smtp = new SmtpReceiver(smtpPort, this::accept);
        this.web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mail-page");
            t.setDaemon(true);
            return t;
        }));
        web.createContext("/api/mails", this::api);
        web.createContext("/", this::page);
    }

    void start() {
        smtp.start();
        web.start();
    }

    void stop() {
        web.stop(0);
        smtp.stop();
    }

    int smtpPort() {
        return smtp.port();
    }

    int webPort() {
        return web.getAddress().getPort();
    }

    private void accept(byte[] raw, List<String> recipients) {
        CaughtMail mail = CaughtMail.parse(received.incrementAndGet(), raw, recipients);
        synchronized (mails) {
            mails.addFirst(mail);
            while (mails.size() > max) {
                mails.removeLast();
            }
        }
    }

    /** The kept mails, newest first, for one recipient (case-insensitive) or all when {@code to} is blank. */
    List<CaughtMail> mails(String to, int limit) {
        synchronized (mails) {
            return mails.stream().filter(m -> to == null || to.isBlank() || m.isFor(to)).limit(limit).toList();
        }
    }

    private void clear() {
        synchronized (mails) {
            mails.clear();
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    Map<String, String> query = query(exchange);
                    String to = query.get("to");
                    List<CaughtMail> list = mails(to, limit(query, Integer.MAX_VALUE));
                    send(exchange, 200, "application/json; charset=utf-8",
                            MailViews.json(list, received.get(), max, to));
                }
                case "DELETE" -> {
                    clear();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> send(exchange, 405, "text/plain; charset=utf-8", "GET or DELETE");
            }
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only");
                return;
            }
            if (!exchange.getRequestURI().getPath().equals("/")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found");
                return;
            }
            Map<String, String> query = query(exchange);
            String to = query.get("to");
            int limit = limit(query, 200);
            List<CaughtMail> shown = mails(to, limit);
            int matching = mails(to, Integer.MAX_VALUE).size();
            send(exchange, 200, "text/html; charset=utf-8",
                    MailViews.html(shown, matching, received.get(), max, to));
        }
    }

    private static int limit(Map<String, String> query, int fallback) {
        try {
            String value = query.get("limit");
            return value == null ? fallback : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
