package org.werving.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The HTTP calls the harness makes, as the local run and the candidate form make them. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "werving-bench-boundary-7d1f";

    private final HttpClient client;
    private final SystemUnderTest system;
    private final String hrToken;
    private final byte[] cv;
    private final MailCounter mails;

    Api(HttpClient client, SystemUnderTest system, String hrToken, int cvKb) {
        this.client = client;
        this.system = system;
        this.hrToken = hrToken;
        this.cv = pdf(cvKb);
        this.mails = new MailCounter(client, system.mailWebPort);
    }

    /** A development HR token from the checkout's own DevTokens (the issuer the local profile trusts). */
    static String hrToken(Path root) throws IOException, InterruptedException {
        String cp = root.resolve("deploy/infra/target/classes") + ":" + root.resolve("deploy/infra/target/lib") + "/*";
        Process p = new ProcessBuilder(SystemUnderTest.java(), "-cp", cp, "org.werving.infra.DevTokens", "hr",
                "hr.bench", "600").redirectErrorStream(false).start();
        String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (p.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("DevTokens gave no token");
        }
        return token;
    }

    /** Creates and publishes a vacancy from a demo file, with a deadline a month ahead; returns its id. */
    String publish(Path demoFile, String referenceSuffix, String titleSuffix) throws IOException, InterruptedException {
        ObjectNode body = (ObjectNode) JSON.readTree(Files.readString(demoFile));
        body.put("applicationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        if (referenceSuffix != null) {
            body.put("reference", body.path("reference").asText() + referenceSuffix);
            body.put("title", body.path("title").asText() + titleSuffix);
        }
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(vacancy("/hr/vacancies")))
                .header("Authorization", "Bearer " + hrToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = created.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("creating " + demoFile.getFileName() + ": " + created.statusCode() + " " + created.body()));
        HttpResponse<String> published = client.send(HttpRequest.newBuilder(URI.create(location + "/publish"))
                .header("Authorization", "Bearer " + hrToken).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (published.statusCode() != 200) {
            throw new IllegalStateException("publishing " + location + ": " + published.statusCode() + " " + published.body());
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The candidate form's request: multipart, part "application" (JSON) and a CV (PDF). */
    HttpRequest applyRequest(String vacancyId, int n) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("vacancyId", vacancyId);
        form.put("firstName", "Bench");
        form.put("lastName", "Kandidaat " + n);
        form.put("email", "bench." + UUID.randomUUID().toString().substring(0, 13) + "@example.org");
        form.put("phone", "+32 470 00 00 00");
        form.put("street", "Grote Markt 1");
        form.put("postalCode", "8500");
        form.put("city", "Kortrijk");
        form.put("internal", false);
        form.put("diploma", "Bachelor sociaal werk");
        form.put("diplomaLevel", "B");
        form.put("diplomaGivesAccessToB", true);
        form.put("relevantExperienceMonths", 30);
        form.put("experienceDescription", "Drie jaar begeleiding van leerwerknemers.");
        form.put("drivingLicence", n % 4 != 0); // one in four lacks the licence: a mix of passed and failed
        form.put("motivation", "Ik wil mensen helpen doorstromen naar werk.");
        form.put("privacyConsent", true);
        form.put("privacyStatementVersion", "2026-01");
        try {
            byte[] body = multipart(JSON.writeValueAsBytes(form));
            return HttpRequest.newBuilder(URI.create(system.service("candidate-service").url("/applications")))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application id of a 201 answer (last segment of Location), or null. */
    static String applicationId(HttpResponse<?> response) {
        if (response.statusCode() != 201) {
            return null;
        }
        return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse(null);
    }

    HttpClient client() {
        return client;
    }

    /** Mails the mail catcher has received so far: all, and the receipts. */
    MailCounter.Mails mailsReceived() throws IOException, InterruptedException {
        return mails.count();
    }

    private byte[] multipart(byte[] application) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cv.length + application.length + 512);
        part(out, "application", "application.json", "application/json", application);
        if (cv.length > 0) {
            part(out, "cv", "cv.pdf", "application/pdf", cv);
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String name, String file, String type, byte[] content)
            throws IOException {
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A PDF-shaped CV of about {@code kb} KB (the service recognises PDF by its magic bytes). */
    private static byte[] pdf(int kb) {
        if (kb == 0) {
            return new byte[0];
        }
        byte[] head = "%PDF-1.4\n% werving bench CV\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[Math.max(head.length + tail.length, kb * 1024)];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        return body;
    }

    CompletableFuture<HttpResponse<Void>> getAsync(String url) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private String vacancy(String path) {
        return system.service("vacancy-service").url(path);
    }
}
