package org.werving.candidate.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.config.CandidateConfig;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * Decision letters (issue 12): one PDF per decision the events bring, for the candidate (secret link) and HR.
 * The text is read back from the PDF: the decision says what the timeline entry of the same event says, with
 * the scores and the configured appeal notice.
 */
@QuarkusTest
class DecisionLettersTest {
    static final String ELIMINATION = "rang 6 van 9 boven de cesuur; de laatste die doorging had 74/100; "
            + "bij gelijke score gaat de hoogste score op de vorige proef voor";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    CandidateConfig config;

    record Applied(String id, String token) {
    }

    private static Applied apply(UUID vacancy, String name) {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(application(vacancy, uniqueEmail(name))).post("/applications").then().statusCode(201).extract();
        return new Applied(created.path("id"), created.path("accessToken"));
    }

    @Test
    void anEliminatedCandidateReadsTheDecisionTheScoresAndHowToAppeal() throws IOException {
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
            Applied a = apply(vacancy, "letter");
            String v = vacancy.toString();
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, a.id(), "ScreeningPassed", Broker.now(),
                    Map.of("applicationId", a.id(), "vacancyId", v, "capacityTestRequired", false)));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, a.id(), "InterviewScored", Broker.now(),
                    Map.of("applicationId", a.id(), "vacancyId", v, "stageOrder", 1, "stageName", "Speedinterview",
                            "score", 72, "passMark", 60, "passed", true, "finalStage", false, "outcome", "ELIMINATED",
                            "motivation", ELIMINATION)));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, a.id(), "CandidateEliminated", Broker.now(),
                    Map.of("applicationId", a.id(), "vacancyId", v, "stage", "Speedinterview", "cause", "OUTSIDE_TOP_N",
                            "motivation", "Speedinterview 72/100; " + ELIMINATION)));

            List<Map<String, String>> timeline = given().header(SelfServiceResource.TOKEN, a.token())
                    .get("/self-service/applications/" + a.id()).then().statusCode(200).extract().path("timeline");
            String decided = textOf(timeline, "CandidateEliminated");
            String scored = textOf(timeline, "InterviewScored");

            String letterId = given().header(SelfServiceResource.TOKEN, a.token())
                    .get("/self-service/applications/" + a.id() + "/letters").then().statusCode(200)
                    .body("", hasSize(1)).body("[0].kind", equalTo("ELIMINATED"))
                    .body("[0].title", equalTo("Beslissing: je neemt niet verder deel aan de selectieprocedure"))
                    .extract().path("[0].id");
            String text = pdfText(given().header(SelfServiceResource.TOKEN, a.token())
                    .get("/self-service/applications/" + a.id() + "/letters/" + letterId));
            assertTrue(text.contains("Beslissing en motivering " + decided + " "), "the timeline's words: " + text);
            assertTrue(text.contains("72/100") && text.contains(ELIMINATION), text);
            assertTrue(text.contains("Je resultaten - " + scored), "the score of the stage: " + text);
            assertTrue(text.contains("Bezwaar " + config.letters().appealNotice().trim().replaceAll("\\s+", " ")), text);
            assertTrue(text.contains("Beste An,") && text.contains("de functie Werkvloerbegeleider"), text);

            // HR reads the same letter; another application's token opens nothing
            assertEquals(text, pdfText(asHr().get("/applications/" + a.id() + "/letters/" + letterId)));
            asHr().get("/applications/" + a.id() + "/letters").then().statusCode(200).body("[0].id", equalTo(letterId));
            Applied other = apply(vacancy, "other");
            given().header(SelfServiceResource.TOKEN, other.token())
                    .get("/self-service/applications/" + a.id() + "/letters/" + letterId).then().statusCode(404);
            given().header(SelfServiceResource.TOKEN, other.token())
                    .get("/self-service/applications/" + other.id() + "/letters/" + letterId).then().statusCode(404)
                    .contentType("application/problem+json");
            given().get("/applications/" + a.id() + "/letters").then().statusCode(401);
        }
    }

    @Test
    void aRefusalAndAPlaceOnTheReserveEachGetTheirLetter() throws IOException {
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Maatschappelijk werker", Broker.now().plusDays(20));
            String v = vacancy.toString();
            Applied refused = apply(vacancy, "refused");
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, refused.id(), "ScreeningFailed", Broker.now(),
                    Map.of("applicationId", refused.id(), "vacancyId", v,
                            "motivation", "geen diploma van niveau B en geen 24 maanden relevante ervaring")));
            String refusal = pdfText(given().header(SelfServiceResource.TOKEN, refused.token()).get(
                    "/self-service/applications/" + refused.id() + "/letters/" + onlyLetter(refused, "NOT_ADMITTED")));
            assertTrue(refusal.contains("Niet toegelaten: geen diploma van niveau B en geen 24 maanden relevante ervaring"),
                    refusal);
            assertTrue(!refusal.contains("Je resultaten"), "no results for a refusal: " + refusal);

            Applied laureate = apply(vacancy, "laureate");
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, laureate.id(), "SelectionPassed", Broker.now(),
                    Map.of("applicationId", laureate.id(), "vacancyId", v, "finalScore", 81.5)));
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, laureate.id(), "ReserveEntryCreated", Broker.now(),
                    Map.of("entryId", UUID.randomUUID().toString(), "vacancyId", v, "applicationId", laureate.id(),
                            "reserveType", "RECRUITMENT", "finalScore", 81.5, "validUntil", "2028-12-01")));
            List<String> kinds = given().header(SelfServiceResource.TOKEN, laureate.token())
                    .get("/self-service/applications/" + laureate.id() + "/letters").then().statusCode(200)
                    .extract().path("kind");
            assertEquals(List.of("PASSED", "RESERVE"), kinds);
            String reserveId = given().header(SelfServiceResource.TOKEN, laureate.token())
                    .get("/self-service/applications/" + laureate.id() + "/letters").then().extract().path("[1].id");
            String reserve = pdfText(asHr().get("/applications/" + laureate.id() + "/letters/" + reserveId));
            assertTrue(reserve.contains("Opgenomen in de wervingsreserve, geldig tot 01-12-2028"), reserve);
            assertTrue(reserve.contains("Beslissing: opname in de reserve"), reserve);
        }
    }

    private static String onlyLetter(Applied a, String kind) {
        return given().header(SelfServiceResource.TOKEN, a.token()).get("/self-service/applications/" + a.id() + "/letters")
                .then().statusCode(200).body("", hasSize(1)).body("[0].kind", equalTo(kind)).extract().path("[0].id");
    }

    private static String textOf(List<Map<String, String>> timeline, String type) {
        return timeline.stream().filter(e -> type.equals(e.get("type"))).map(e -> e.get("text")).findFirst().orElseThrow();
    }

    /** The PDF's text with every run of whitespace (the wrapping) as one space. */
    static String pdfText(Response response) throws IOException {
        response.then().statusCode(200).contentType("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
