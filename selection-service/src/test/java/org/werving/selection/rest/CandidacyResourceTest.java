package org.werving.selection.rest;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.werving.selection.SelectionFixtures.hr;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.SELECTION_TOPIC;
import static org.werving.selection.SelectionFixtures.header;
import static org.werving.selection.SelectionFixtures.keyed;
import static org.werving.selection.SelectionFixtures.payload;
import static org.werving.selection.SelectionFixtures.types;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/** HR's endpoints: the capacity test, stage scores, and every refusal as problem+json. */
@QuarkusTest
class CandidacyResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    UUID vacancy;

    @BeforeEach
    void publishVacancy() {
        vacancy = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
    }

    /** An application through the candidate topic, as in production; waits for its screening. */
    private UUID apply(String diplomaLevel, int months, String expectedStatus) {
        UUID application = UUID.randomUUID();
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, diplomaLevel, months)));
        awaitStatus(application, expectedStatus);
        return application;
    }

    private static io.restassured.response.ValidatableResponse capacityTest(UUID application, Object body) {
        return hr().contentType(ContentType.JSON).body(body)
                .post("/candidacies/" + application + "/capacity-test").then();
    }

    private static io.restassured.response.ValidatableResponse score(UUID application, int stage, Object body) {
        return hr().contentType(ContentType.JSON).body(body)
                .post("/candidacies/" + application + "/stages/" + stage + "/score").then().log().ifValidationFails();
    }

    @Test
    void capacityTestThenBothStagesAtExactlyThePassMark() {
        UUID application = apply(null, 12, "AWAITING_CAPACITY_TEST");
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("capacityTestRequired", equalTo(true))
                .body("admittedThrough", equalTo("ervaring en capaciteitstest"))
                .body("currentStage", nullValue());

        // no stage before the capacity test
        score(application, 1, Map.of("score", 70)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:stage-not-current"))
                .body("detail", containsString("AWAITING_CAPACITY_TEST"));

        capacityTest(application, Map.of("passed", true, "score", 64)).statusCode(200)
                .body("status", equalTo("IN_STAGE"))
                .body("currentStage", equalTo(1))
                .body("currentStageName", equalTo("Speedinterview"))
                .body("capacityTest.passed", equalTo(true))
                .body("capacityTest.score", equalTo(64));
        // the result is recorded once
        capacityTest(application, Map.of("passed", true)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:candidacy-status"))
                .body("detail", containsString("IN_STAGE"));

        // not a later stage
        score(application, 2, Map.of("score", 90)).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("IN_STAGE at stage 1"));

        score(application, 1, Map.of("score", 60)).statusCode(200)
                .body("status", equalTo("IN_STAGE"))
                .body("currentStage", equalTo(2))
                .body("scores", hasSize(1))
                .body("scores[0].score", equalTo(60))
                .body("scores[0].passed", equalTo(true));
        // not twice
        score(application, 1, Map.of("score", 99)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:stage-not-current"));

        score(application, 2, Map.of("score", 60)).statusCode(200)
                .body("status", equalTo("PASSED"))
                .body("scores.stageOrder", equalTo(List.of(1, 2)))
                .body("scores[1].passed", equalTo(true))
                .body("motivation", containsString("geslaagd voor de selectie; eindscore 60/100"))
                .body("decisions.kind", equalTo(List.of("SCREENING_PASSED", "CAPACITY_TEST_PASSED", "STAGE_COMPLETED",
                        "SELECTION_PASSED")));
        score(application, 2, Map.of("score", 61)).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("PASSED"));

        hr().get("/procedures/" + vacancy + "/candidacies").then().statusCode(200)
                .body("applicationId", equalTo(List.of(application.toString())))
                .body("[0].status", equalTo("PASSED"))
                .body("[0].capacityTestRequired", equalTo(true))
                .body("[0].scores.score", equalTo(List.of(60, 60)));
    }

    @Test
    void fiftyNineOnTheCombinedTestEliminates() {
        UUID application = apply("B", 0, "IN_STAGE");
        score(application, 1, Map.of("score", 75)).statusCode(200).body("currentStage", equalTo(2));
        score(application, 2, Map.of("score", 59)).statusCode(200)
                .body("status", equalTo("ELIMINATED"))
                .body("currentStage", equalTo(2))
                .body("scores[1].passed", equalTo(false))
                .body("motivation", equalTo("Gecombineerde proef: 59/100, minimum 60 vereist: niet geslaagd."));
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("decisions[-1].kind", equalTo("ELIMINATED"))
                .body("decisions[-1].status", equalTo("ELIMINATED"))
                .body("decisions[-1].motivation", equalTo("Gecombineerde proef: 59/100, minimum 60 vereist: niet geslaagd."))
                .body("decisions[-1].at", not(nullValue()));
        score(application, 2, Map.of("score", 80)).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("ELIMINATED"));
    }

    @Test
    void failedCapacityTestEliminates() {
        UUID application = apply(null, 30, "AWAITING_CAPACITY_TEST");
        capacityTest(application, Map.of("passed", false, "score", 41.5)).statusCode(200)
                .body("status", equalTo("ELIMINATED"))
                .body("capacityTest.passed", equalTo(false))
                .body("motivation", equalTo("Niveau- en capaciteitstest niet geslaagd (score 41,5/100)."))
                .body("decisions.kind", hasItem("CAPACITY_TEST_FAILED"));
        score(application, 1, Map.of("score", 80)).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void notAdmittedCandidateShowsTheReasonsAndTakesNoTest() {
        UUID application = apply("C", 11, "NOT_ADMITTED");
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("screeningReasons", equalTo(List.of("bachelor: diploma niveau C, minimum niveau B vereist",
                        "ervaring en capaciteitstest: relevante ervaring 11 maanden, minimum 12 vereist")))
                .body("decisions.kind", equalTo(List.of("SCREENING_FAILED")));
        capacityTest(application, Map.of("passed", true)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:candidacy-status"))
                .body("detail", containsString("NOT_ADMITTED"));
        // a diploma holder is never asked for the capacity test either
        UUID bachelor = apply("A", 0, "IN_STAGE");
        capacityTest(bachelor, Map.of("passed", true)).statusCode(409).body("detail", containsString("IN_STAGE"));
    }

    @Test
    void scoresOutsideZeroToHundredAreRefusedNamingTheField() {
        UUID application = apply("B", 0, "IN_STAGE");
        for (Object bad : List.of(101, -1, 100.01)) {
            score(application, 1, Map.of("score", bad)).statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:werving:problem:validation"))
                    .body("errors.field", equalTo(List.of("score")));
        }
        score(application, 1, Map.of()).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("score")));
        score(application, 1, "{\"score\": \"high\"}").statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:malformed-body"))
                .body("errors.field", equalTo(List.of("score")));
        score(application, 1, "{not json").statusCode(400).contentType(PROBLEM);
        capacityTest(application, Map.of("score", 50)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("passed")));
        capacityTest(application, Map.of("passed", true, "score", 150)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("score")));
        // nothing was recorded
        hr().get("/candidacies/" + application).then().statusCode(200)
                .body("scores", hasSize(0)).body("currentStage", equalTo(1));
        // the bounds themselves are valid scores
        score(application, 1, Map.of("score", 100)).statusCode(200).body("currentStage", equalTo(2));
        score(application, 2, Map.of("score", 0)).statusCode(200).body("status", equalTo("ELIMINATED"));
    }

    @Test
    void unknownCandidacyStageOrProcedureIs404() {
        UUID unknown = UUID.randomUUID();
        hr().get("/candidacies/" + unknown).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:not-found"))
                .body("detail", containsString(unknown.toString()));
        score(unknown, 1, Map.of("score", 70)).statusCode(404).contentType(PROBLEM);
        capacityTest(unknown, Map.of("passed", true)).statusCode(404).contentType(PROBLEM);
        hr().get("/procedures/" + unknown + "/candidacies").then().statusCode(404).contentType(PROBLEM);
        hr().get("/candidacies/not-a-uuid").then().statusCode(404).contentType(PROBLEM);

        UUID application = apply("B", 0, "IN_STAGE");
        score(application, 9, Map.of("score", 70)).statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:werving:problem:not-found"))
                .body("detail", containsString("no stage 9"));
    }

    private static io.restassured.response.ValidatableResponse override(UUID application, Object body) {
        return hr().contentType(ContentType.JSON).body(body)
                .post("/candidacies/" + application + "/screening-override").then().log().ifValidationFails();
    }

    @Test
    void hrOverridesTheScreeningOnlyWithAWrittenMotivationAndItIsAudited() {
        UUID refused = apply("C", 11, "NOT_ADMITTED");
        override(refused, Map.of("admitted", true)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("motivation")));
        override(refused, Map.of("admitted", true, "motivation", "ok")).statusCode(400)
                .body("errors.field", equalTo(List.of("motivation")));
        override(refused, Map.of("admitted", true, "motivation",
                "Elf maanden begeleiding in een sociale werkplaats plus stage: gelijkwaardig aan 12 maanden."))
                .statusCode(200)
                .body("status", equalTo("IN_STAGE"))
                .body("currentStage", equalTo(1))
                .body("decisions.kind", equalTo(List.of("SCREENING_FAILED", "SCREENING_OVERRIDDEN")))
                .body("decisions[0].decidedBy", equalTo("system"))
                .body("decisions[1].decidedBy", equalTo("hr.test"))
                .body("motivation", containsString("in afwijking van de automatische screening (Niet toegelaten:"))
                .body("motivation", containsString("Motivering: Elf maanden begeleiding"));
        override(refused, Map.of("admitted", true, "motivation", "nogmaals toelaten, voor de zekerheid"))
                .statusCode(409).body("type", equalTo("urn:werving:problem:candidacy-status"));

        UUID admitted = apply("B", 0, "IN_STAGE");
        String slot = openSlot("2027-01-21T09:00:00+01:00", "https://teams.example/ov-1");
        book(admitted, slot).statusCode(201);
        override(admitted, Map.of("admitted", false, "motivation", "Motivatiebrief ontbreekt volledig bij de preselectie."))
                .statusCode(200).body("status", equalTo("NOT_ADMITTED")).body("currentStage", nullValue());
        hr().get(slot).then().body("booked", equalTo(0)); // the refused candidate's seat is free again

        UUID scored = apply("B", 0, "IN_STAGE");
        score(scored, 1, Map.of("score", 70)).statusCode(200);
        override(scored, Map.of("admitted", false, "motivation", "Te laat vastgesteld: geen motivatie."))
                .statusCode(409).body("detail", containsString("IN_STAGE"));
        override(UUID.randomUUID(), Map.of("admitted", true, "motivation", "onbekende kandidatuur")).statusCode(404);
    }

    /** Opens a one-seat digital slot of stage 1 and answers its Location. */
    private String openSlot(String startsAt, String meetingLink) {
        return hr().contentType(ContentType.JSON).body(Map.of("startsAt", startsAt, "durationMinutes", 15,
                        "meetingLink", meetingLink, "capacity", 1))
                .post("/procedures/" + vacancy + "/stages/1/slots").then().statusCode(201).extract().header("Location");
    }

    private static io.restassured.response.ValidatableResponse book(UUID application, String slotLocation) {
        return hr().contentType(ContentType.JSON).body(Map.of("slotId", slotId(slotLocation)))
                .post("/candidacies/" + application + "/stages/1/booking").then();
    }

    private static String slotId(String slotLocation) {
        return slotLocation.substring(slotLocation.lastIndexOf('/') + 1);
    }

    /** The selection events keyed by this application, once at least {@code count} have arrived. */
    private List<ConsumerRecord<String, String>> selectionEvents(UUID application, int count) {
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(SELECTION_TOPIC);
            await().atMost(PATIENCE).until(() -> keyed(task, application).size() >= count);
            task.stop();
            return keyed(task, application);
        }
    }

    private static io.restassured.response.ValidatableResponse preselect(UUID application, Object body) {
        return hr().contentType(ContentType.JSON).body(body)
                .post("/candidacies/" + application + "/preselection").then().log().ifValidationFails();
    }

    @Test
    void hrRecordsThePreselectionOnceWithAMotivationAndANotRetainedCandidateLeavesTheProcedure() {
        UUID retained = apply("B", 0, "IN_STAGE");
        preselect(retained, Map.of("retained", true)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("motivation")));
        preselect(retained, Map.of("motivation", "Relevante ervaring en sterke motivatie.")).statusCode(400)
                .body("errors.field", equalTo(List.of("retained")));
        preselect(retained, Map.of("retained", true, "motivation", "Relevante ervaring in de sociale economie."))
                .statusCode(200)
                .body("status", equalTo("IN_STAGE")).body("currentStage", equalTo(1))
                .body("preselection", equalTo("RETAINED"))
                .body("decisions.kind", equalTo(List.of("SCREENING_PASSED", "PRESELECTION_RETAINED")))
                .body("decisions[1].decidedBy", equalTo("hr.test"))
                .body("decisions[1].motivation", equalTo("Weerhouden na de preselectie op relevante ervaring en "
                        + "motivatie. Motivering: Relevante ervaring in de sociale economie."));
        preselect(retained, Map.of("retained", false, "motivation", "Toch niet: van mening veranderd."))
                .statusCode(409).body("type", equalTo("urn:werving:problem:already-preselected"));
        hr().get("/procedures/" + vacancy + "/candidacies").then().statusCode(200)
                .body("find { it.applicationId == '" + retained + "' }.preselection", equalTo("RETAINED"));

        // a candidate awaiting the capacity test is preselected before taking it; one who booked a seat frees it
        UUID waiting = apply(null, 12, "AWAITING_CAPACITY_TEST");
        preselect(waiting, Map.of("retained", true, "motivation", "Twee jaar ervaring als ploegbaas."))
                .statusCode(200).body("status", equalTo("AWAITING_CAPACITY_TEST"));
        UUID booked = apply("A", 0, "IN_STAGE");
        String slot = openSlot("2027-01-20T09:00:00+01:00", "https://teams.example/pre-1");
        book(booked, slot).statusCode(201);
        hr().get(slot).then().body("booked", equalTo(1));
        preselect(booked, Map.of("retained", false, "motivation", "Motivatiebrief gaat over een andere functie."))
                .statusCode(200)
                .body("status", equalTo("NOT_ADMITTED")).body("currentStage", nullValue())
                .body("preselection", equalTo("NOT_RETAINED"))
                .body("motivation", equalTo("Niet weerhouden na de preselectie op relevante ervaring en motivatie. "
                        + "Motivering: Motivatiebrief gaat over een andere functie."));
        hr().get(slot).then().body("booked", equalTo(0));
        hr().get("/procedures/" + vacancy + "/audit").then().statusCode(200)
                .body("findAll { it.applicationId == '" + booked + "' }.action", equalTo(List.of("SCREENING_PASSED",
                        "SEAT_BOOKED", "SEAT_FREED", "PRESELECTION_NOT_RETAINED")))
                .body("find { it.action == 'SEAT_FREED' }.detail", containsString("niet weerhouden na de preselectie"))
                .body("find { it.action == 'SEAT_FREED' }.actor", equalTo("hr.test"))
                .body("find { it.action == 'SLOT_OPENED' }.detail", containsString("https://teams.example/pre-1"));
        List<ConsumerRecord<String, String>> failed = selectionEvents(booked, 3).stream()
                .filter(r -> "ScreeningFailed".equals(header(r, "ce_type"))).toList();
        assertEquals(1, failed.size());
        assertEquals(List.of("Motivatiebrief gaat over een andere functie."),
                List.of(payload(failed.get(0)).get("reasons").get(0).asText()));
        // an override may still admit a candidate who was not retained, with its own motivation
        override(booked, Map.of("admitted", true, "motivation", "Bezwaar gegrond: motivatie alsnog aangetoond."))
                .statusCode(200).body("status", equalTo("IN_STAGE"));

        // after a score, or for a refused or unknown candidacy, there is nothing to preselect
        UUID scored = apply("B", 0, "IN_STAGE");
        score(scored, 1, Map.of("score", 70)).statusCode(200);
        preselect(scored, Map.of("retained", false, "motivation", "Te laat: al gescoord in deel 1."))
                .statusCode(409).body("type", equalTo("urn:werving:problem:candidacy-status"))
                .body("detail", containsString("with stage scores"));
        UUID refused = apply("C", 3, "NOT_ADMITTED");
        preselect(refused, Map.of("retained", true, "motivation", "Graag toch weerhouden aub."))
                .statusCode(409).body("detail", containsString("NOT_ADMITTED"));
        preselect(UUID.randomUUID(), Map.of("retained", true, "motivation", "onbekende kandidatuur")).statusCode(404);
    }

    @Test
    void hrCancelsABookedMomentWithAReasonAndTheCandidateMayBookAgain() {
        UUID candidate = apply("B", 0, "IN_STAGE");
        String slot = openSlot("2027-01-22T09:00:00+01:00", "https://teams.example/cx-1");
        String cancellation = "/candidacies/" + candidate + "/stages/1/booking/cancellation";
        hr().contentType(ContentType.JSON).body(Map.of("reason", "Geen boeking")).post(cancellation).then()
                .statusCode(404).contentType(PROBLEM);
        book(candidate, slot).statusCode(201);

        hr().contentType(ContentType.JSON).body(Map.of()).post(cancellation).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(containsString("reason")));
        hr().contentType(ContentType.JSON).body(Map.of("reason", "Een jurylid is ziek; kies een nieuw moment."))
                .post(cancellation).then().statusCode(204);
        hr().get(slot).then().body("booked", equalTo(0));
        hr().contentType(ContentType.JSON).body(Map.of("reason", "nogmaals")).post(cancellation).then().statusCode(404);
        hr().get("/procedures/" + vacancy + "/audit").then().statusCode(200)
                .body("find { it.action == 'SEAT_FREED' && it.applicationId == '" + candidate + "' }.detail",
                        containsString("geannuleerd door HR: Een jurylid is ziek"));
        // the freed seat can be booked again
        book(candidate, slot).statusCode(201);

        List<ConsumerRecord<String, String>> events = selectionEvents(candidate, 4);
        assertEquals(List.of("ScreeningPassed", "InterviewScheduled", "InterviewCancelled", "InterviewScheduled"),
                types(events));
        JsonNode cancelled = payload(events.get(2));
        assertEquals("Een jurylid is ziek; kies een nieuw moment.", cancelled.get("reason").asText());
        assertEquals(slotId(slot), cancelled.get("slotId").asText());
        assertEquals("hr.test", cancelled.get("cancelledBy").asText());
    }

    @Test
    void anyoneSeesTheBookableMomentsWithoutLinksOrBookings() {
        UUID candidate = apply("B", 0, "IN_STAGE");
        String full = openSlot("2027-01-23T09:00:00+01:00", "https://teams.example/free-1");
        String inPerson = hr().contentType(ContentType.JSON).body(Map.of("startsAt", "2027-01-23T10:00:00+01:00",
                        "durationMinutes", 30, "place", "Stadhuis, zaal 2", "capacity", 2))
                .post("/procedures/" + vacancy + "/stages/1/slots").then().statusCode(201).extract().header("Location");
        book(candidate, full).statusCode(201);

        given().get("/procedures/" + vacancy + "/stages/1/free-slots").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(slotId(inPerson)))
                .body("[0].place", equalTo("Stadhuis, zaal 2"))
                .body("[0].online", equalTo(false))
                .body("[0].freeSeats", equalTo(2))
                .body("[0].durationMinutes", equalTo(30))
                .body("[0]", not(hasKey("meetingLink")))
                .body("[0]", not(hasKey("booked")));
        given().get("/procedures/" + UUID.randomUUID() + "/stages/1/free-slots").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void capacityTestKeepsDateAndProvider() {
        UUID application = apply(null, 12, "AWAITING_CAPACITY_TEST");
        capacityTest(application, Map.of("passed", true, "score", 70, "takenOn", "2027-01-12", "provider", "Testbureau X"))
                .statusCode(200)
                .body("capacityTest.takenOn", equalTo("2027-01-12"))
                .body("capacityTest.provider", equalTo("Testbureau X"))
                .body("motivation", containsString("geslaagd (score 70/100) op 2027-01-12 bij Testbureau X"))
                .body("decisions[-1].decidedBy", equalTo("hr.test"));
    }
}
