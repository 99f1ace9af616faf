package org.werving.candidate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.mail.MailBacklog;
import org.werving.candidate.mail.MailRelay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * candidate-service's own metrics and contract (issue 16): the mail backlog and the decision letters per kind are in
 * the scrape, as deploy/k8s-tests' metrics catalogue lists them; the self-service reads document their 429.
 */
@QuarkusTest
class ObservabilityTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MailBacklog backlog;
    @Inject
    MailRelay relay;

    @Test
    void theMailBacklogAndTheDecisionsPerKindAreScraped() throws IOException {
        double refusals = value(scrape(), "werving_decision_letters_total{kind=\"NOT_ADMITTED\"}");
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Metrieken", Broker.now().plusDays(20));
            String id = given().contentType(ContentType.JSON).body(application(vacancy, uniqueEmail("metrics")))
                    .post("/applications").then().statusCode(201).extract().path("id");
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "ScreeningFailed", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "motivation", "geen diploma")));
        }
        backlog.refresh().await().atMost(Duration.ofSeconds(10));
        String queued = scrape();
        assertTrue(value(queued, "werving_mail_backlog") >= 2, "the receipt and the refusal wait: " + queued);
        assertTrue(value(queued, "werving_mail_oldest_age_seconds") >= 0);
        assertEquals(refusals + 1, value(queued, "werving_decision_letters_total{kind=\"NOT_ADMITTED\"}"));
        List<String> missing = catalogued().stream().filter(name -> !queued.contains("\n" + name)).toList();
        assertEquals(List.of(), missing, "catalogued as exported by candidate-service, yet not in the scrape");

        relay.sendPending(Integer.MAX_VALUE).await().atMost(Duration.ofSeconds(60));
        backlog.refresh().await().atMost(Duration.ofSeconds(10));
        String sent = scrape();
        assertEquals(0.0, value(sent, "werving_mail_backlog"));
        assertEquals(0.0, value(sent, "werving_mail_oldest_age_seconds"));
    }

    @Test
    void theSelfServiceReadsDocumentTheirRateLimit() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String base = "paths.'/self-service/applications/{id}";
        for (String path : List.of("", "/data", "/documents/{documentId}", "/letters", "/letters/{letterId}")) {
            assertEquals("#/components/responses/TooManyRequests", openapi.getString(base + path + "'.get.responses.'429'.$ref"),
                    "GET /self-service/applications/{id}" + path);
        }
        assertTrue(openapi.getMap("components.responses.TooManyRequests.headers").containsKey("Retry-After"));
    }

    /** The metrics deploy/k8s-tests' catalogue lists with source candidate-service. */
    private static List<String> catalogued() throws IOException {
        Path file = Path.of("../deploy/k8s-tests/src/test/resources/metrics-catalogue.txt");
        List<String> names = Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                .filter(fields -> fields.length == 2 && fields[1].equals("candidate-service")).map(fields -> fields[0]).toList();
        assertTrue(names.size() >= 3, "the catalogue lists candidate-service's own metrics: " + names);
        return names;
    }

    private static String scrape() {
        return "\n" + given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample {@code series} (name and labels as exported, without other labels), 0 when absent. */
    private static double value(String scrape, String series) {
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        return scrape.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.isEmpty() || line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
