package org.werving.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the mails the mail catcher received: all of them, and the receipts (subject of candidate-service's
 * templates/mail/receipt.txt). Two generations of the catcher are read:
 * <ul>
 * <li>one with {@code GET /api/mails?limit=n} (JSON, newest first, each mail with a growing id): read
 * incrementally, only the mails after the last id seen, asking for more when a poll did not reach back to it;</li>
 * <li>an older one with only a text page of every mail ("N mail(s) received", "Subject: ..." lines).</li>
 * </ul>
 */
final class MailCounter {
    static final String RECEIPT_SUBJECT = "We hebben je kandidatuur";
    private static final Pattern PAGE_COUNT = Pattern.compile("^(\\d+) mail");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Mails received so far: all of them, and the receipts among them. */
    record Mails(long all, long receipts) {
    }

    private final HttpClient client;
    private final String base;
    private Boolean api;
    private long lastId;
    private long receipts;

    MailCounter(HttpClient client, int webPort) {
        this.client = client;
        this.base = "http://127.0.0.1:" + webPort;
    }

    synchronized Mails count() throws IOException, InterruptedException {
        if (api == null) {
            HttpResponse<String> probe = get("/api/mails?limit=1");
            api = probe.statusCode() == 200 && probe.headers().firstValue("Content-Type").orElse("").contains("json");
        }
        return api ? fromApi() : fromPage();
    }

    private Mails fromApi() throws IOException, InterruptedException {
        int limit = 200;
        while (true) {
            JsonNode answer = JSON.readTree(get("/api/mails?limit=" + limit).body());
            JsonNode mails = answer.path("mails");
            long oldest = mails.isEmpty() ? 0 : mails.get(mails.size() - 1).path("id").asLong();
            boolean reachedBack = mails.size() < limit || oldest <= lastId + 1;
            if (reachedBack || limit >= 1_000_000) {
                long newest = lastId;
                for (JsonNode mail : mails) {
                    long id = mail.path("id").asLong();
                    if (id > lastId && mail.path("subject").asText("").startsWith(RECEIPT_SUBJECT)) {
                        receipts++;
                    }
                    newest = Math.max(newest, id);
                }
                lastId = newest;
                return new Mails(answer.path("received").asLong(), receipts);
            }
            limit *= 4;
        }
    }

    private Mails fromPage() throws IOException, InterruptedException {
        String page = get("/").body();
        Matcher m = PAGE_COUNT.matcher(page);
        String needle = "Subject: " + RECEIPT_SUBJECT;
        long n = 0;
        for (int i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + needle.length())) {
            n++;
        }
        return new Mails(m.find() ? Long.parseLong(m.group(1)) : -1, n);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
