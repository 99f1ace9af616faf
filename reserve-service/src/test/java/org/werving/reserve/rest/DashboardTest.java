package org.werving.reserve.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.reserve.Events;
import org.werving.reserve.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard fed by the three topics on the real broker and by this service's own reserve entry and
 * appointment: the funnel, the stages' pass rates and hours, the time to hire, the admission routes, the
 * CSV, the period and who may read it.
 */
@QuarkusTest
class DashboardTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

    KafkaCompanion companion;
    final List<UUID> sent = new ArrayList<>();

    @BeforeEach
    void connect() {
        companion = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void disconnect() {
        companion.close();
    }

    @Test
    void aProcedureFromApplicationToAppointmentIsCountedPerStageAndRoute() {
        UUID vacancy = UUID.randomUUID();
        String reference = "2026/" + vacancy.toString().substring(0, 4);
        OffsetDateTime applied = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime screened = applied.plusDays(2);
        send(vacancyPublished(vacancy, reference, "Diensthoofd Groen"));
        awaitAll();

        UUID a = UUID.randomUUID(); // bachelor: passes both stages, reserve, appointed
        UUID b = UUID.randomUUID(); // experience and test: passes the test, eliminated in stage 1
        UUID c = UUID.randomUUID(); // internal: passes stage 1, still in stage 2
        UUID d = UUID.randomUUID(); // not admitted
        UUID e = UUID.randomUUID(); // experience and test: fails the test
        UUID old = UUID.randomUUID(); // applied long before the period
        for (UUID id : List.of(a, b, c, d, e)) {
            send(candidateApplied(vacancy, id, applied, id.equals(c)));
        }
        send(candidateApplied(vacancy, old, applied.minusDays(400), false));

        send(selection(a, "ScreeningPassed", vacancy, "\"capacityTestRequired\":false,\"alternative\":\"bachelor\"", screened),
                scored(vacancy, a, 1, "GOES_ON", screened.plusHours(10)),
                scored(vacancy, a, 2, "PASSED_SELECTION", screened.plusHours(30)),
                Events.selectionPassed(vacancy, a, 81, false));
        send(selection(b, "ScreeningPassed", vacancy,
                        "\"capacityTestRequired\":true,\"alternative\":\"ervaring en capaciteitstest\"", screened),
                selection(b, "CapacityTestRecorded", vacancy, "\"passed\":true,\"score\":70", screened.plusHours(5)),
                scored(vacancy, b, 1, "ELIMINATED", screened.plusHours(35)),
                selection(b, "CandidateEliminated", vacancy, "\"stage\":\"Schriftelijke proef\",\"cause\":\"BELOW_PASS_MARK\"",
                        screened.plusHours(35)));
        send(selection(c, "ScreeningPassed", vacancy, "\"capacityTestRequired\":false,\"alternative\":\"intern\"", screened),
                scored(vacancy, c, 1, "GOES_ON", screened.plusHours(20)));
        send(selection(d, "ScreeningFailed", vacancy, "\"motivation\":\"geen diploma\",\"reasons\":[]", screened));
        send(selection(e, "ScreeningPassed", vacancy,
                        "\"capacityTestRequired\":true,\"alternative\":\"ervaring en capaciteitstest\"", screened),
                selection(e, "CapacityTestRecorded", vacancy, "\"passed\":false,\"score\":40", screened.plusHours(5)),
                selection(e, "CandidateEliminated", vacancy, "\"stage\":\"CAPACITY_TEST\",\"cause\":\"CAPACITY_TEST\"",
                        screened.plusHours(5)));
        awaitAll();
        appointFromReserve(vacancy);

        LocalDate today = LocalDate.now(BRUSSELS);
        JsonPath one = Tokens.as("dash.test", "dashboard").queryParam("from", today.minusDays(30).toString())
                .queryParam("to", today.toString()).get("/dashboard/funnels/" + vacancy)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("vacancyId", equalTo(vacancy.toString())).body("title", equalTo("Diensthoofd Groen"))
                .body("reference", equalTo(reference))
                .body("applied", equalTo(5)).body("admitted", equalTo(4))
                .body("capacityTestTaken", equalTo(2)).body("capacityTestPassed", equalTo(1))
                .body("reserve", equalTo(1)).body("appointed", equalTo(1))
                .body("routes.diploma", equalTo(1)).body("routes.experienceAndTest", equalTo(2))
                .body("routes.internal", equalTo(1))
                .body("stages.size()", equalTo(2))
                .body("stages[0].order", equalTo(1)).body("stages[0].name", equalTo("Schriftelijke proef"))
                .body("stages[0].entered", equalTo(3)).body("stages[0].passed", equalTo(2))
                .body("stages[0].eliminated", equalTo(1)).body("stages[0].passRate", equalTo(0.667f))
                // hours in stage 1: a 10, b 30 (from its capacity test), c 20
                .body("stages[0].medianHours", equalTo(20.0f)).body("stages[0].p90Hours", equalTo(28.0f))
                .body("stages[1].name", equalTo("Jurygesprek"))
                .body("stages[1].entered", equalTo(2)).body("stages[1].passed", equalTo(1))
                .body("stages[1].eliminated", equalTo(0)).body("stages[1].passRate", equalTo(1.0f))
                .body("stages[1].medianHours", equalTo(20.0f))
                .body("timeToHireMedianDays", equalTo(10.0f))
                .extract().jsonPath();
        assertEquals(one.getDouble("timeToHireMedianDays"), one.getDouble("timeToHireP90Days"));

        // all vacancies: this one among them, the totals at least its counts; the application of 400 days ago is out
        JsonPath all = Tokens.asHr().get("/dashboard/funnels").then().statusCode(200)
                .body("from", equalTo(today.minusDays(364).toString())).body("to", equalTo(today.toString()))
                .extract().jsonPath();
        Map<String, Object> mine = all.getMap("vacancies.find { it.vacancyId == '" + vacancy + "' }");
        assertEquals(5, mine.get("applied"));
        assertTrue(all.getInt("totals.applied") >= 5 && all.getInt("totals.routes.internal") >= 1);
        Tokens.asHr().queryParam("from", applied.minusDays(401).toLocalDate().toString())
                .queryParam("to", applied.minusDays(399).toLocalDate().toString())
                .get("/dashboard/funnels/" + vacancy).then().statusCode(200)
                .body("applied", equalTo(1)).body("admitted", equalTo(0)).body("stages.size()", equalTo(0))
                .body("timeToHireMedianDays", nullValue());

        String csv = Tokens.as("dash.test", "dashboard").queryParam("from", today.minusDays(30).toString())
                .get("/dashboard/funnels.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename=\"werving-dashboard.csv\""))
                .extract().asString(); 
        assertTrue(csv.startsWith("\uFEFFVacature;Referentie;Van;Tot;Kandidaturen"), csv.substring(0, 60));
        List<String> lines = csv.lines().filter(l -> l.contains(reference)).toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("Diensthoofd Groen;" + reference + ";" + today.minusDays(30) + ";" + today
                + ";5;4;2;1;1;Schriftelijke proef;3;2;1;0,667;20,0;28,0;1;1;"), lines.get(0));
        assertTrue(lines.get(1).contains(";2;Jurygesprek;2;1;0;1,0;20,0;20,0;1;1;"), lines.get(1));
        assertTrue(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("Route ervaring en test"));
    }

    @Test
    void anAmendmentRenamesAndAnUnknownVacancyIs404() {
        UUID vacancy = UUID.randomUUID();
        send(vacancyPublished(vacancy, "2026/900", "Werkvloerbegeleider"));
        send(Events.cloudEvent(Events.VACANCY_TOPIC, vacancy.toString(), "VacancyAmended", "{\"vacancyId\":\"" + vacancy
                + "\",\"reason\":\"titel\",\"changed\":[\"stages\"],\"vacancy\":{\"id\":\"" + vacancy
                + "\",\"reference\":\"2026/900\",\"title\":\"Werkvloerbegeleider groen\",\"stages\":[{\"order\":1,"
                + "\"name\":\"Praktijkproef\"}]}}"));
        awaitAll();
        // known from its events, nothing applied yet: zeros, no stage
        Tokens.asHr().get("/dashboard/funnels/" + vacancy).then().statusCode(200)
                .body("title", equalTo("Werkvloerbegeleider groen")).body("applied", equalTo(0))
                .body("stages.size()", equalTo(0)).body("timeToHireMedianDays", nullValue());
        Tokens.asHr().get("/dashboard/funnels/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Tokens.asHr().get("/dashboard/funnels/not-a-vacancy").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badDatesAndAnUpsideDownPeriodAre400NamingTheParameter() {
        Tokens.asHr().queryParam("from", "2026-13-01").get("/dashboard/funnels").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
        Tokens.asHr().queryParam("to", "gisteren").get("/dashboard/funnels.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        Tokens.asHr().queryParam("from", "2026-06-02").queryParam("to", "2026-06-01")
                .get("/dashboard/funnels/" + UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
    }

    @Test
    void dashboardAndHrMayReadJuryCandidateAndAnonymousMayNot() {
        for (String path : List.of("/dashboard/funnels", "/dashboard/funnels.csv")) {
            Tokens.as("dash.test", "dashboard").get(path).then().statusCode(200);
            Tokens.asHr().get(path).then().statusCode(200);
            Tokens.as("juror.test", "jury").get(path).then().statusCode(403);
            Tokens.as("cand.test", "candidate").get(path).then().statusCode(403);
            io.restassured.RestAssured.given().get(path).then().statusCode(401);
        }
    }

    private void appointFromReserve(UUID vacancy) {
        JsonPath entries = await().atMost(WAIT).until(() -> Tokens.asHr().queryParam("vacancyId", vacancy.toString())
                .get("/reserves").then().statusCode(200).extract().jsonPath(), p -> p.getList("$").size() == 1);
        Tokens.asHr().contentType(ContentType.JSON)
                .body(Map.of("entryId", entries.getString("[0].entryId"), "kind", "PERMANENT", "team", "Team Groen",
                        "startDate", LocalDate.now(BRUSSELS).toString()))
                .post("/reserves/" + entries.getString("[0].reserveId") + "/appointments").then().statusCode(201);
    }

    private static ProducerRecord<String, String> vacancyPublished(UUID vacancy, String reference, String title) {
        return Events.cloudEvent(Events.VACANCY_TOPIC, vacancy.toString(), "VacancyPublished", "{\"id\":\"" + vacancy
                + "\",\"reference\":\"" + reference + "\",\"title\":\"" + title + "\",\"level\":\"B\","
                + "\"admission\":{\"external\":[{\"label\":\"bachelor\",\"conditions\":[]},"
                + "{\"label\":\"ervaring en capaciteitstest\",\"conditions\":[]}],"
                + "\"internal\":[{\"label\":\"intern\",\"conditions\":[]}]},"
                + "\"stages\":[{\"order\":1,\"name\":\"Schriftelijke proef\"},{\"order\":2,\"name\":\"Jurygesprek\"}],"
                + "\"reserveValidityMonths\":24,\"publishedAt\":\"2026-01-05T09:00:00Z\"}");
    }

    private static ProducerRecord<String, String> candidateApplied(UUID vacancy, UUID application, OffsetDateTime at,
            boolean internal) {
        return Events.cloudEvent(Events.CANDIDATE_TOPIC, application.toString(), "CandidateApplied", "{\"applicationId\":\""
                + application + "\",\"vacancyId\":\"" + vacancy + "\",\"appliedAt\":\"" + at + "\",\"internal\":"
                + internal + ",\"facts\":{}}", at);
    }

    private static ProducerRecord<String, String> selection(UUID application, String type, UUID vacancy, String fields,
            OffsetDateTime at) {
        return Events.cloudEvent(Events.SELECTION_TOPIC, application.toString(), type, "{\"applicationId\":\""
                + application + "\",\"vacancyId\":\"" + vacancy + "\"," + fields + "}", at);
    }

    private static ProducerRecord<String, String> scored(UUID vacancy, UUID application, int stage, String outcome,
            OffsetDateTime at) {
        return selection(application, "InterviewScored", vacancy, "\"stageOrder\":" + stage + ",\"stageName\":\"Proef "
                + stage + "\",\"score\":70,\"passMark\":60,\"passed\":" + !"ELIMINATED".equals(outcome)
                + ",\"finalStage\":" + (stage == 2) + ",\"outcome\":\"" + outcome + "\"", at);
    }

    @SafeVarargs
    private void send(ProducerRecord<String, String>... records) {
        for (ProducerRecord<String, String> r : records) {
            sent.add(Events.id(r));
        }
        companion.produceStrings().fromRecords(List.of(records)).awaitCompletion(Duration.ofSeconds(30));
    }

    private void awaitAll() {
        await().atMost(WAIT).until(() -> pool.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = ANY($1)")
                .execute(Tuple.of(sent.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0) == sent.size());
    }
}
