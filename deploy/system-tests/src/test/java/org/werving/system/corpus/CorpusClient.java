package org.werving.system.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends corpus variants and judges each answer: never a 5xx; every error is problem+json and tells no
 * exception class or stack trace. Each request comes from its own forwarded client address, so that the
 * per-client rate limits (trusted from the loopback proxy) do not answer 429 before validation is reached.
 */
public final class CorpusClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private int sent;
    private int serverErrors;
    private int notProblem;
    private int clientErrors;
    private int accepted;

    /** The answer as far as the corpus cares. */
    public record Answer(int status, String contentType, String body, String location) {
    }

    public Answer send(String baseUrl, BadInputs.Variant variant) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(baseUrl + variant.pathAndQuery()))
                    .timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            return null; // not a URI any client could send
        }
        HttpRequest.BodyPublisher body = variant.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(variant.body());
        request.method(variant.method(), body);
        try {
            for (Map.Entry<String, String> header : variant.headers().entrySet()) {
                request.header(header.getKey(), header.getValue());
            }
            if (variant.contentType() != null && variant.body() != null) {
                request.header("Content-Type", variant.contentType());
            }
        } catch (IllegalArgumentException e) {
            return null; // a header value no HTTP client can send
        }
        request.header("X-Forwarded-For", randomAddress());
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            sent++;
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the variant and records what is wrong with the answer; yields the answer (null: not sendable). */
    public Answer judge(String operation, String baseUrl, BadInputs.Variant variant) {
        Answer answer = send(baseUrl, variant);
        if (answer != null) {
            judge(operation + " [" + variant.description() + "]", answer);
        }
        return answer;
    }

    public void judge(String what, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            serverErrors++;
            failures.add(what + " → " + status + " " + shorten(answer.body()));
        } else if (status >= 400) {
            clientErrors++;
            if (!answer.contentType().startsWith("application/problem+json")) {
                notProblem++;
                failures.add(what + " → " + status + " not problem+json (" + answer.contentType() + ") "
                        + shorten(answer.body()));
            } else if (answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                failures.add(what + " → " + status + " tells an exception: " + shorten(answer.body()));
            }
        } else {
            accepted++;
            if (status == 201 && answer.location() != null) {
                created.add(answer.location());
            }
        }
    }

    public List<String> failures() {
        return failures;
    }

    /** The Location of every object the corpus created (a bad input that was accepted). */
    public List<String> created() {
        return created;
    }

    public String summary() {
        return "%d requests: %d accepted, %d refused (4xx), %d 5xx, %d errors not problem+json"
                .formatted(sent, accepted, clientErrors, serverErrors, notProblem);
    }

    public int serverErrors() {
        return serverErrors;
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static String shorten(String body) {
        String flat = body == null ? "" : body.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
