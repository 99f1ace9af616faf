package org.werving.candidate.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.Mails;
import org.werving.candidate.mail.MailRelay;
import org.werving.candidate.rest.SelfServiceResource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * HR overrides a refusal at the screening (issue 12): selection-service publishes ScreeningPassed after the
 * ScreeningFailed of the same application, through the real broker. The candidate is admitted after all: the status
 * moves on from NOT_ADMITTED, the timeline says the decision was reviewed, the admission is mailed, and the refusal's
 * letter says it was withdrawn, in its name and in its PDF.
 */
@QuarkusTest
class ScreeningReviewTest {
    private static final String REFUSAL = "geen diploma van niveau B en geen 24 maanden relevante ervaring";
    private static final String OVERRIDE = "Beslissing van HR na de preselectie, in afwijking van de automatische"
            + " screening: toegelaten. Motivering: buitenlands diploma gelijkwaardig verklaard";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MailRelay relay;

    @Test
    void aRefusalOverturnedOnReviewAdmitsTheCandidateAndWithdrawsTheRefusalLetter() throws Exception {
        String email = uniqueEmail("review");
        OffsetDateTime reviewedAt = Broker.now().plusMinutes(2);
        String id;
        String token;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Maatschappelijk werker", Broker.now().plusDays(20));
            ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                    .body(application(vacancy, email)).post("/applications").then().statusCode(201).extract();
            id = created.path("id");
            token = created.path("accessToken");
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "ScreeningFailed", Broker.now().plusMinutes(1),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "motivation", REFUSAL)));
            given().header(SelfServiceResource.TOKEN, token).get("/self-service/applications/" + id).then()
                    .statusCode(200).body("status", equalTo("NOT_ADMITTED"));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "ScreeningPassed", reviewedAt,
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "capacityTestRequired", false,
                            "alternative", "HR-beslissing", "motivation", OVERRIDE)));
        }

        List<Map<String, String>> timeline = given().header(SelfServiceResource.TOKEN, token)
                .get("/self-service/applications/" + id).then().statusCode(200)
                .body("status", equalTo("ADMITTED")).extract().path("timeline");
        assertEquals(List.of("CandidateApplied", "ScreeningFailed", "ScreeningPassed"),
                timeline.stream().map(e -> e.get("type")).toList());
        assertEquals("Beslissing herzien: je bent alsnog toegelaten tot de selectieprocedure. De eerdere beslissing dat"
                + " je niet toegelaten was, is ingetrokken", timeline.get(2).get("text"));

        String withdrawnOn = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(reviewedAt.atZoneSameInstant(
                ZoneId.of("Europe/Brussels")));
        String letterId = given().header(SelfServiceResource.TOKEN, token)
                .get("/self-service/applications/" + id + "/letters").then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", equalTo("NOT_ADMITTED"))
                .body("[0].title", equalTo("Beslissing over je toelating tot de selectieprocedure (ingetrokken op "
                        + withdrawnOn + ")"))
                .body("[0].withdrawnAt", notNullValue()).extract().path("[0].id");
        Response pdf = given().header(SelfServiceResource.TOKEN, token)
                .get("/self-service/applications/" + id + "/letters/" + letterId);
        pdf.then().statusCode(200).contentType("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Ingetrokken op " + withdrawnOn + ". Deze beslissing werd ingetrokken: na herziening ben"
                + " je alsnog toegelaten tot de selectieprocedure. Deze brief geldt niet langer als beslissing"), text);
        assertTrue(text.indexOf("Ingetrokken op") < text.indexOf("Niet toegelaten: " + REFUSAL),
                "the withdrawal comes before the refusal it withdraws: " + text);

        relay.sendPending(1000).await().atMost(Duration.ofSeconds(60));
        List<MimeMessage> mails = Mails.to(email);
        List<String> subjects = mails.stream().map(Mails::subject).sorted().toList();
        assertEquals(List.of("Je bent alsnog toegelaten tot de selectieprocedure voor Maatschappelijk werker",
                "Je bent niet toegelaten tot de selectieprocedure voor Maatschappelijk werker",
                "We hebben je kandidatuur voor Maatschappelijk werker goed ontvangen"), subjects);
        String admitted = mails.stream().filter(m -> Mails.subject(m).startsWith("Je bent alsnog"))
                .map(Mails::text).findFirst().orElseThrow().replaceAll("\\s+", " ");
        assertTrue(admitted.contains("Je bent alsnog toegelaten tot de selectieprocedure. De eerdere beslissing dat je"
                + " niet toegelaten was, is ingetrokken"), admitted);
        assertTrue(admitted.contains("Toelichting: " + OVERRIDE), admitted);
        assertFalse(admitted.contains("je voldoet aan de toelatingsvoorwaarden"), admitted);
        // the refusal's mail, sent after the review, carries its letter as it holds then: withdrawn
        MimeMessage refusal = mails.stream().filter(m -> Mails.subject(m).startsWith("Je bent niet toegelaten"))
                .findFirst().orElseThrow();
        String attached = Mails.pdfText(refusal, Mails.attachmentNames(refusal).get(0));
        assertTrue(attached.contains("Ingetrokken op " + withdrawnOn + "."), attached);
    }
}
