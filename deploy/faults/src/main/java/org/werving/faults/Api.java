package org.werving.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.werving.infra.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The few calls the suite makes, over plain HTTP, as the portal and an HR officer would. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What one POST got: the status (-1: no answer at all) and the application id of a 201. */
    /**
     * @param unavailable a 503 told properly: problem+json with a Retry-After, as a service answers while its
     *                    database or broker is down
     */
    record Answer(int status, String applicationId, boolean unavailable) {
        Answer(int status, String applicationId) {
            this(status, applicationId, false);
        }
    }

    private final SystemUnderTest system;
    private final String hrToken = DevTokens.issue("hr.faults", Duration.ofHours(12), "hr");

    Api(SystemUnderTest system) {
        this.system = system;
    }

    /** Publishes a vacancy a bachelor passes screening for, and waits until candidate-service takes applications. */
    String publishVacancy(String reference) throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("title", "Trajectbegeleider (fault suite)");
        body.put("directorate", "Dienstverlening en sociaal beleid");
        body.put("team", "Sociale economie");
        body.put("level", "B");
        body.put("salaryScale", "B1-B3");
        body.put("seats", 2);
        body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
        body.put("admission", Map.of("external", List.of(Map.of("label", "bachelor",
                "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B")))), "internal", List.of()));
        body.put("stages", List.of(Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview",
                "eliminating", true, "passMark", 60)));
        HttpResponse<String> created = send(asHr(system.url("vacancy-service") + "/hr/vacancies")
                .POST(json(body)).header("Content-Type", "application/json").build());
        require(created, 201);
        String id = JSON.readTree(created.body()).get("id").asText();
        require(send(asHr(system.url("vacancy-service") + "/hr/vacancies/" + id + "/publish")
                .POST(HttpRequest.BodyPublishers.noBody()).build()), 200);
        return id;
    }

    /** The candidate form of a bachelor with two years of relevant experience. */
    static Map<String, Object> form(String vacancyId, String email, int n) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId);
        body.put("firstName", "Kandidaat" + n);
        body.put("lastName", "Fout");
        body.put("email", email);
        body.put("internal", false);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        body.put("diplomaLevel", "B");
        body.put("relevantExperienceMonths", 24);
        return body;
    }

    Answer apply(Map<String, Object> form) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(system.url("candidate-service") + "/applications"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").POST(json(form)).build());
            String id = response.statusCode() == 201 ? JSON.readTree(response.body()).path("id").asText(null) : null;
            boolean unavailable = response.statusCode() == 503
                    && response.headers().firstValue("Retry-After").isPresent()
                    && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            return new Answer(response.statusCode(), id, unavailable);
        } catch (IOException e) {
            return new Answer(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null);
        }
    }

    /** The application as HR sees it (with its timeline), or null when it cannot be read now. */
    JsonNode application(String id) {
        try {
            HttpResponse<String> response = send(asHr(system.url("candidate-service") + "/applications/" + id).GET().build());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The mails the catcher holds for one recipient (its JSON API). */
    JsonNode mails(String to) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(system.mailUrl() + "/api/mails?to="
                + URLEncoder.encode(to, StandardCharsets.UTF_8))).GET().build());
        require(response, 200);
        return JSON.readTree(response.body()).get("mails");
    }

    private HttpRequest.Builder asHr(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + hrToken);
    }

    private static HttpRequest.BodyPublisher json(Object body) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
