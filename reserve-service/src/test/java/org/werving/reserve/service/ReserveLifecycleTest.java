package org.werving.reserve.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reserve aggregate end to end on the real database and broker: two reserves from one procedure,
 * validity and extension, the expiry job racing itself, appointments and the rules for a laureate's
 * place, the next available laureate, the HR overview and the CSV export.
 */
@QuarkusTest
class ReserveLifecycleTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;
    @Inject
    ReserveExpiry expiry;

    KafkaCompanion companion;

    @BeforeEach
    void connect() {
        companion = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void disconnect() {
        companion.close();
    }

    @Test
    void oneProcedureGivesTwoRankedReservesValidForTheVacancysPlanAndHrExtendsOne() {
        UUID vacancy = UUID.randomUUID();
        publish(vacancy, "Werkvloerbegeleider", "Dienstverlening en sociaal beleid", 36);
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, a, 80, false), Events.selectionPassed(vacancy, b, 90, false),
                Events.selectionPassed(vacancy, c, 70, true), Events.selectionPassed(vacancy, d, 75.5, true));
        JsonPath entries = awaitEntries(vacancy, 4);
        String recruitment = entries.getString("find { it.applicationId == '" + a + "' }.reserveId");
        String promotion = entries.getString("find { it.applicationId == '" + c + "' }.reserveId");
        assertTrue(!recruitment.equals(promotion), "one reserve per type");

        JsonPath r = Tokens.asHr().get("/reserves/" + recruitment).then().statusCode(200).extract().jsonPath();
        assertEquals("RECRUITMENT", r.getString("reserveType"));
        assertEquals("Werkvloerbegeleider", r.getString("title"));
        assertEquals("ACTIVE", r.getString("state"));
        assertEquals(List.of(b.toString(), a.toString()), r.getList("entries.applicationId"));
        assertEquals(List.of(1, 2), r.getList("entries.rank"));
        assertEquals(List.of(90.0f, 80.0f), r.getList("entries.finalScore"));
        LocalDate startsOn = LocalDate.parse(r.getString("startsOn"));
        assertTrue(!startsOn.isAfter(LocalDate.now(BRUSSELS)) && !startsOn.isBefore(LocalDate.now(BRUSSELS).minusDays(1)));
        LocalDate validUntil = LocalDate.parse(r.getString("validUntil"));
        assertEquals(startsOn.plusMonths(36), validUntil);

        JsonPath p = Tokens.asHr().get("/reserves/" + promotion).then().statusCode(200).extract().jsonPath();
        assertEquals("PROMOTION", p.getString("reserveType"));
        assertEquals(List.of(d.toString(), c.toString()), p.getList("entries.applicationId"));
        assertEquals(List.of(1, 2), p.getList("entries.rank"));

        // HR's overview: by function (part of the title, any case), level and directorate, with the expiry date
        List<Map<String, Object>> active = Tokens.as("dash.test", "dashboard").queryParam("title", "werkVLOER")
                .queryParam("level", "b").queryParam("directorate", "sociaal beleid").get("/reserves/active")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.vacancyId == '" + vacancy + "' }");
        assertEquals(2, active.size());
        assertEquals(validUntil.toString(), active.stream().filter(m -> m.get("reserveId").equals(recruitment))
                .findFirst().orElseThrow().get("validUntil"));
        assertEquals(2, active.get(0).get("available"));
        Tokens.asHr().queryParam("directorate", "Financiën").get("/reserves/active").then().statusCode(200)
                .body("reserveId", not(hasItem(recruitment)));

        // extension: refused when not later, or decided in the future
        LocalDate today = LocalDate.now(BRUSSELS);
        extend(recruitment, "CBS/2029/117", today, validUntil).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("validUntil"));
        extend(recruitment, "CBS/2029/117", today.plusDays(2), validUntil.plusYears(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
        extend(recruitment, " ", today, validUntil.plusYears(1)).then().statusCode(400)
                .body("errors.field", hasItem("decisionReference"));
        LocalDate extended = validUntil.plusYears(1);
        extend(recruitment, "CBS/2029/117", today, extended).then().statusCode(200)
                .body("validUntil", equalTo(extended.toString()))
                .body("extensions[0].decisionReference", equalTo("CBS/2029/117"))
                .body("extensions[0].decisionDate", equalTo(today.toString()))
                .body("extensions[0].previousValidUntil", equalTo(validUntil.toString()))
                .body("extensions[0].extendedBy", equalTo("hr.test"))
                .body("entries.validUntil", equalTo(List.of(extended.toString(), extended.toString())));
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveExtended' AND aggregate_id = $1",
                recruitment));
        // the promotion reserve is untouched
        Tokens.asHr().get("/reserves/" + promotion).then().body("validUntil", equalTo(validUntil.toString()));
    }

    @Test
    void theCloseOfTheProcedureStartsTheValidityAndItsRankingBreaksTies() {
        UUID vacancy = UUID.randomUUID();
        publish(vacancy, "Trajectbegeleider", "Werk en activering", 24);
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, a, 80, false));
        awaitEntries(vacancy, 1);
        send(Events.selectionPassed(vacancy, b, 80, false));
        awaitEntries(vacancy, 2);
        LocalDate closed = LocalDate.now(BRUSSELS).minusDays(3);
        // the procedure's tie rule put B before A; C's SelectionPassed has not arrived yet
        ProducerRecord<String, String> completed = Events.cloudEvent(Events.SELECTION_TOPIC, vacancy.toString(),
                "SelectionCompleted", "{\"vacancyId\":\"" + vacancy + "\",\"tieRule\":\"EARLIEST_APPLICATION\","
                        + "\"completedAt\":\"" + closed + "T10:00:00Z\",\"laureates\":["
                        + "{\"applicationId\":\"" + b + "\",\"rank\":1,\"finalScore\":80,\"internal\":false,\"reserveType\":\"RECRUITMENT\"},"
                        + "{\"applicationId\":\"" + a + "\",\"rank\":2,\"finalScore\":80,\"internal\":false,\"reserveType\":\"RECRUITMENT\"},"
                        + "{\"applicationId\":\"" + c + "\",\"rank\":3,\"finalScore\":70,\"internal\":true,\"reserveType\":\"PROMOTION\"}]}");
        send(completed);
        UUID completedId = Events.id(completed);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = $1", completedId) == 1);
        ProducerRecord<String, String> late = Events.selectionPassed(vacancy, c, 70, true);
        send(late);
        UUID lateId = Events.id(late);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = $1", lateId) == 1);

        JsonPath entries = awaitEntries(vacancy, 3);
        assertEquals(List.of(b.toString(), a.toString(), c.toString()), entries.getList("applicationId"));
        assertEquals(List.of(1, 2, 1), entries.getList("rank"));
        assertEquals(List.of("RECRUITMENT", "RECRUITMENT", "PROMOTION"), entries.getList("reserveType"));
        String validUntil = closed.plusMonths(24).toString();
        assertEquals(List.of(validUntil, validUntil, validUntil), entries.getList("validUntil"));
        for (String reserve : List.of(entries.getString("[0].reserveId"), entries.getString("[2].reserveId"))) {
            Tokens.asHr().get("/reserves/" + reserve).then().statusCode(200)
                    .body("startsOn", equalTo(closed.toString())).body("validUntil", equalTo(validUntil));
        }
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveEntryCreated' AND payload LIKE $1",
                "%" + c + "%"));
    }

    @Test
    void theReservePlanGivesTheValidityAndCanRuleOutExtension() {
        UUID vacancy = UUID.randomUUID();
        ProducerRecord<String, String> published = Events.cloudEvent(Events.VACANCY_TOPIC, vacancy.toString(), "VacancyPublished",
                "{\"id\":\"" + vacancy + "\",\"title\":\"Projectmedewerker\",\"level\":\"B\","
                        + "\"reservePlan\":{\"recruitment\":true,\"promotion\":false,\"validityMonths\":30,\"extendable\":false}}");
        send(published);
        UUID publishedId = Events.id(published);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = $1", publishedId) == 1);
        send(Events.selectionPassed(vacancy, UUID.randomUUID(), 64, false));
        String reserve = awaitEntries(vacancy, 1).getString("[0].reserveId");
        JsonPath r = Tokens.asHr().get("/reserves/" + reserve).then().statusCode(200).extract().jsonPath();
        assertEquals(LocalDate.parse(r.getString("startsOn")).plusMonths(30).toString(), r.getString("validUntil"));
        extend(reserve, "CBS/2/2027", LocalDate.now(BRUSSELS), LocalDate.parse(r.getString("validUntil")).plusYears(1))
                .then().statusCode(409).body("type", equalTo("urn:werving:problem:reserve-not-extendable"));
        assertEquals(0L, count("SELECT count(*) FROM reserve_extension WHERE reserve_id = $1", UUID.fromString(reserve)));
    }

    @Test
    void expiryFiresOnceWhenTwoInstancesRunItAtOnceAndAnExpiredReserveRefusesAppointments() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, application, 77, false));
        JsonPath entries = awaitEntries(vacancy, 1);
        String reserve = entries.getString("[0].reserveId");
        String entry = entries.getString("[0].entryId");
        LocalDate today = LocalDate.now(BRUSSELS);
        execute("UPDATE reserve SET valid_until = $1 WHERE id = $2", today.minusDays(1), UUID.fromString(reserve));

        List<UUID> expired = new ArrayList<>();
        for (List<UUID> run : Uni.join().all(expiry.expireDue(today), expiry.expireDue(today)).andFailFast()
                .await().atMost(Duration.ofSeconds(30))) {
            expired.addAll(run);
        }
        assertEquals(1, expired.stream().filter(id -> id.toString().equals(reserve)).count(), "expired by one run: " + expired);
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveExpired' AND aggregate_id = $1", reserve));
        assertTrue(expiry.expireDue(today).await().atMost(Duration.ofSeconds(30)).isEmpty());
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveExpired' AND aggregate_id = $1", reserve));
        Tokens.asHr().get("/reserves/" + reserve).then().statusCode(200).body("state", equalTo("EXPIRED"));

        // ReserveExpired reaches the broker, keyed by reserve id
        ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Events.RESERVE_TOPIC);
        await().atMost(WAIT).until(() -> withKey(task, reserve).size() >= 1);
        task.stop();
        ConsumerRecord<String, String> record = withKey(task, reserve).get(0);
        assertEquals("ReserveExpired", Events.header(record, "ce_type"));
        assertEquals("reserve", Events.header(record, "ce_aggregatetype"));
        assertTrue(record.value().contains("\"validUntil\":\"" + today.minusDays(1) + "\""), record.value());

        appoint(reserve, Map.of("entryId", entry, "kind", "PERMANENT", "team", "Team Groen", "startDate", today.toString()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:reserve-expired"))
                .body("detail", containsString("valid until " + today.minusDays(1)));
        extend(reserve, "CBS/1", today, today.plusYears(1)).then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:reserve-expired"));
        Tokens.asHr().get("/reserves/" + reserve + "/next").then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:reserve-expired"));
        assertEquals(0L, count("SELECT count(*) FROM appointment WHERE reserve_id = $1", UUID.fromString(reserve)));
        Tokens.asHr().get("/reserves/active").then().statusCode(200).body("reserveId", not(hasItem(reserve)));
    }

    @Test
    void hrEndsAReserveEarlyWithAMotivationAndNobodyIsAppointedFromItAfterwards() {
        UUID vacancy = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, application, 81, false));
        JsonPath entries = awaitEntries(vacancy, 1);
        String reserve = entries.getString("[0].reserveId");
        String entry = entries.getString("[0].entryId");
        LocalDate today = LocalDate.now(BRUSSELS);
        String ending = "/reserves/" + reserve + "/ending";

        // the motivation, the decision and its date are required; a decision cannot lie in the future
        Tokens.asHr().contentType(ContentType.JSON).body(Map.of("decisionReference", "CBS/2027/4",
                        "decisionDate", today.toString())).post(ending).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("reason")));
        Tokens.asHr().contentType(ContentType.JSON).body(Map.of("reason", "Functie geschrapt", "decisionReference",
                "CBS/2027/4", "decisionDate", today.plusDays(1).toString())).post(ending).then().statusCode(400)
                .body("errors.field", hasItem("decisionDate"));
        Tokens.asHr().get("/reserves/" + reserve).then().body("state", equalTo("ACTIVE"));

        Tokens.asHr().contentType(ContentType.JSON).body(Map.of("reason", "De functie wordt niet meer ingevuld na de "
                        + "herstructurering van de dienst.", "decisionReference", "CBS/2027/4",
                        "decisionDate", today.toString())).post(ending).then().statusCode(200)
                .body("state", equalTo("ENDED"))
                .body("ending.endedOn", equalTo(today.toString()))
                .body("ending.endedBy", equalTo("hr.test"))
                .body("ending.decisionReference", equalTo("CBS/2027/4"))
                .body("ending.reason", containsString("herstructurering"));

        appoint(reserve, Map.of("entryId", entry, "kind", "PERMANENT", "team", "Team Groen", "startDate", today.toString()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:reserve-ended"))
                .body("detail", containsString("CBS/2027/4"));
        appoint(reserve, Map.of("entryId", entry, "kind", "TEMPORARY", "team", "Team Groen", "startDate",
                today.toString(), "endDate", today.plusMonths(3).toString(), "reason", "zwangerschapsverlof"))
                .then().statusCode(409).body("type", equalTo("urn:werving:problem:reserve-ended"));
        Tokens.asHr().get("/reserves/" + reserve + "/next").then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:reserve-ended"));
        extend(reserve, "CBS/2", today, today.plusYears(1)).then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:reserve-ended"));
        Tokens.asHr().contentType(ContentType.JSON).body(Map.of("reason", "nogmaals", "decisionReference", "CBS/3",
                "decisionDate", today.toString())).post(ending).then().statusCode(409);
        assertEquals(0L, count("SELECT count(*) FROM appointment WHERE reserve_id = $1", UUID.fromString(reserve)));
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'ReserveEnded' AND aggregate_id = $1",
                reserve));
        Tokens.asHr().get("/reserves/active").then().statusCode(200).body("reserveId", not(hasItem(reserve)));
        // the expiry job leaves an ended reserve alone
        execute("UPDATE reserve SET valid_until = $1 WHERE id = $2", today.minusDays(1), UUID.fromString(reserve));
        assertTrue(expiry.expireDue(today).await().atMost(Duration.ofSeconds(30)).stream()
                .noneMatch(id -> id.toString().equals(reserve)));
        Tokens.asHr().get("/reserves/" + reserve).then().body("state", equalTo("ENDED"));
    }

    @Test
    void temporaryKeepsThePlacePermanentEndsItSecondDeclineEndsItAndNextAvailableFollowsRank() {
        UUID vacancy = UUID.randomUUID();
        publish(vacancy, "Werkvloerbegeleider \"groen; schoonmaak\"", "Dienstverlening", 24);
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, a, 90, false), Events.selectionPassed(vacancy, b, 82.5, false),
                Events.selectionPassed(vacancy, c, 70, false), Events.selectionPassed(vacancy, d, 61, false));
        JsonPath entries = awaitEntries(vacancy, 4);
        String reserve = entries.getString("[0].reserveId");
        String ea = entryOf(entries, a), eb = entryOf(entries, b), ec = entryOf(entries, c), ed = entryOf(entries, d);
        LocalDate today = LocalDate.now(BRUSSELS);

        assertEquals(ea, next(reserve, "PERMANENT"));
        assertEquals(ea, next(reserve, "TEMPORARY"));

        // a temporary appointment needs an end date and a reason; a permanent one has no end date
        appoint(reserve, Map.of("entryId", ea, "kind", "TEMPORARY", "team", "Team Onthaal", "startDate", today.toString()))
                .then().statusCode(400).body("type", equalTo("urn:werving:problem:validation"))
                .body("errors.field", equalTo(List.of("endDate", "reason")));
        appoint(reserve, Map.of("entryId", ea, "kind", "PERMANENT", "team", "Team Onthaal", "startDate", today.toString(),
                "endDate", today.plusDays(5).toString())).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        appoint(reserve, Map.of("kind", "PERMANENT", "startDate", today.toString())).then().statusCode(400)
                .body("errors.field", hasItem("entryId")).body("errors.field", hasItem("team"));
        appoint(reserve, Map.of("entryId", UUID.randomUUID().toString(), "kind", "PERMANENT", "team", "T",
                "startDate", today.toString())).then().statusCode(404);

        // A: temporary replacement → keeps the place for a permanent appointment
        LocalDate tempEnd = today.plusMonths(3);
        Response temp = appoint(reserve, Map.of("entryId", ea, "kind", "TEMPORARY", "team", "Team Onthaal",
                "startDate", today.toString(), "endDate", tempEnd.toString(), "reason", "vervanging zwangerschapsverlof"));
        temp.then().statusCode(201).body("kind", equalTo("TEMPORARY")).body("appointedBy", equalTo("hr.test"))
                .body("endDate", equalTo(tempEnd.toString()));
        String location = temp.header("Location");
        assertTrue(location.contains("/reserves/" + reserve + "/appointments/"), location);
        Tokens.as("dash.test", "dashboard").get(location).then().statusCode(200).body("team", equalTo("Team Onthaal"));
        Tokens.asHr().get("/reserves/entries/" + ea).then().body("state", equalTo("TEMPORARILY_APPOINTED"))
                .body("temporaryUntil", equalTo(tempEnd.toString()));
        assertEquals(ea, next(reserve, "PERMANENT"));
        assertEquals(eb, next(reserve, "TEMPORARY"));
        appoint(reserve, Map.of("entryId", ea, "kind", "TEMPORARY", "team", "Team Groen", "startDate", today.toString(),
                "endDate", today.plusDays(10).toString(), "reason", "ziekte")).then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:entry-not-available"));

        // B declines once: keeps the place
        decline(reserve, eb, "TEMPORARY", "woont te ver").then().statusCode(200).body("state", equalTo("ACTIVE"))
                .body("declines", equalTo(1));

        // A permanently: the entry has done its work
        appoint(reserve, Map.of("entryId", ea, "kind", "PERMANENT", "team", "Team Werk", "startDate",
                tempEnd.plusDays(1).toString())).then().statusCode(201);
        Tokens.asHr().get("/reserves/entries/" + ea).then().body("state", equalTo("APPOINTED"));
        assertEquals(eb, next(reserve, "PERMANENT"));
        appoint(reserve, Map.of("entryId", ea, "kind", "PERMANENT", "team", "Team Werk", "startDate", today.toString()))
                .then().statusCode(409).body("type", equalTo("urn:werving:problem:entry-not-available"));

        // B declines again: off the reserve
        decline(reserve, eb, "PERMANENT", null).then().statusCode(200).body("state", equalTo("ENDED")).body("declines", equalTo(2));
        decline(reserve, eb, "PERMANENT", null).then().statusCode(409);
        assertEquals(ec, next(reserve, "PERMANENT"));
        appoint(reserve, Map.of("entryId", ec, "kind", "PERMANENT", "team", "Team Groen", "startDate", today.toString()))
                .then().statusCode(201);
        assertEquals(ed, next(reserve, "PERMANENT"));
        appoint(reserve, Map.of("entryId", ed, "kind", "PERMANENT", "team", "Team Groen", "startDate", today.toString()))
                .then().statusCode(201);
        Tokens.asHr().get("/reserves/" + reserve + "/next").then().statusCode(404)
                .body("type", equalTo("urn:werving:problem:no-laureate-available"));

        // every change recorded: who, when, why
        JsonPath history = Tokens.asHr().get("/reserves/entries/" + ea + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "APPOINTED_TEMPORARY", "APPOINTED_PERMANENT"), history.getList("action"));
        assertEquals(List.of("system", "hr.test", "hr.test"), history.getList("changedBy"));
        assertEquals(List.of("ACTIVE", "TEMPORARILY_APPOINTED", "APPOINTED"), history.getList("toState"));
        assertTrue(history.getString("[1].reason").contains("vervanging zwangerschapsverlof"));
        assertTrue(history.getString("[2].reason").contains("Team Werk"));
        assertEquals(List.of("DECLINED_TEMPORARY", "DECLINED_PERMANENT"), Tokens.asHr().get("/reserves/entries/" + eb + "/history")
                .then().extract().jsonPath().getList("findAll { it.action.startsWith('DECLINED') }.action"));

        // CandidateAppointed on the broker, keyed by entry id, with the fields vacancy-service counts seats from
        ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Events.RESERVE_TOPIC);
        await().atMost(WAIT).until(() -> withKey(task, ea).stream()
                .filter(r -> "CandidateAppointed".equals(Events.header(r, "ce_type"))).count() >= 2);
        task.stop();
        List<String> appointed = withKey(task, ea).stream().filter(r -> "CandidateAppointed".equals(Events.header(r, "ce_type")))
                .map(ConsumerRecord::value).toList();
        assertEquals(2, appointed.size());
        assertTrue(appointed.get(0).contains("\"kind\":\"TEMPORARY\"") && appointed.get(0).contains("\"vacancyId\":\"" + vacancy + "\"")
                && appointed.get(0).contains("\"applicationId\":\"" + a + "\"") && appointed.get(0).contains("\"endDate\":\"" + tempEnd + "\""),
                appointed.get(0));
        assertTrue(appointed.get(1).contains("\"kind\":\"PERMANENT\"") && appointed.get(1).contains("\"team\":\"Team Werk\"")
                && appointed.get(1).contains("\"endDate\":null"), appointed.get(1));

        // the CSV export
        Response csv = Tokens.as("dash.test", "dashboard").get("/reserves/" + reserve + "/export");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"));
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        String[] lines = body.split("\r\n");
        assertEquals("\uFEFFRang;Reserve;Functie;Niveau;Directie;Kandidatuur;Eindscore;Status;Weigeringen;"
                + "Tijdelijk aangesteld tot;Geldig tot", lines[0]);
        assertEquals(5, lines.length);
        String title = "\"Werkvloerbegeleider \"\"groen; schoonmaak\"\"\"";
        String until = Tokens.asHr().get("/reserves/" + reserve).then().extract().path("validUntil");
        assertEquals("1;wervingsreserve;" + title + ";B;Dienstverlening;" + a + ";90;vast aangesteld;0;;" + until, lines[1]);
        assertEquals("2;wervingsreserve;" + title + ";B;Dienstverlening;" + b + ";82,5;uit de reserve;2;;" + until, lines[2]);
        assertTrue(lines[3].startsWith("3;") && lines[3].contains(c.toString()) && lines[3].contains(";70;vast aangesteld;"), lines[3]);
        assertTrue(lines[4].startsWith("4;") && lines[4].contains(";61;"), lines[4]);
    }

    @Test
    void twoOfficersAppointingTheSameLaureateAtOnceFillOneSeat() throws Exception {
        UUID vacancy = UUID.randomUUID();
        send(Events.selectionPassed(vacancy, UUID.randomUUID(), 88, false));
        JsonPath entries = awaitEntries(vacancy, 1);
        String reserve = entries.getString("[0].reserveId");
        String entry = entries.getString("[0].entryId");
        Map<String, String> body = Map.of("entryId", entry, "kind", "PERMANENT", "team", "Team Groen",
                "startDate", LocalDate.now(BRUSSELS).toString());
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(two.submit(() -> {
                    start.await();
                    return appoint(reserve, body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            two.shutdownNow();
        }
        assertEquals(1L, count("SELECT count(*) FROM appointment WHERE entry_id = $1", UUID.fromString(entry)));
        assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE type = 'CandidateAppointed' AND aggregate_id = $1", entry));
    }

    // ---------------------------------------------------------------- helpers

    private void publish(UUID vacancy, String title, String directorate, int months) {
        String json = "{\"id\":\"" + vacancy + "\",\"reference\":\"2026-017\",\"title\":" + quote(title)
                + ",\"directorate\":" + quote(directorate) + ",\"level\":\"B\",\"status\":\"PUBLISHED\","
                + "\"reserveValidityMonths\":" + months + ",\"publishedAt\":\"2026-11-22T09:00:00Z\"}";
        ProducerRecord<String, String> record = Events.cloudEvent(Events.VACANCY_TOPIC, vacancy.toString(), "VacancyPublished", json);
        send(record);
        UUID id = Events.id(record);
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = $1", id) == 1);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Response extend(String reserve, String reference, LocalDate decisionDate, LocalDate validUntil) {
        return Tokens.asHr().contentType(ContentType.JSON).body(Map.of("decisionReference", reference,
                "decisionDate", decisionDate.toString(), "validUntil", validUntil.toString()))
                .post("/reserves/" + reserve + "/extensions");
    }

    private static Response appoint(String reserve, Map<String, String> body) {
        return Tokens.asHr().contentType(ContentType.JSON).body(body).post("/reserves/" + reserve + "/appointments");
    }

    private static Response decline(String reserve, String entry, String kind, String reason) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("entryId", entry, "kind", kind));
        if (reason != null) {
            body.put("reason", reason);
        }
        return Tokens.asHr().contentType(ContentType.JSON).body(body).post("/reserves/" + reserve + "/declines");
    }

    private static String next(String reserve, String kind) {
        return Tokens.asHr().queryParam("kind", kind).get("/reserves/" + reserve + "/next").then().statusCode(200)
                .extract().path("entryId");
    }

    private static String entryOf(JsonPath entries, UUID application) {
        return entries.getString("find { it.applicationId == '" + application + "' }.entryId");
    }

    @SafeVarargs
    private void send(ProducerRecord<String, String>... records) {
        companion.produceStrings().fromRecords(List.of(records)).awaitCompletion(Duration.ofSeconds(30));
    }

    private static JsonPath awaitEntries(UUID vacancy, int expected) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(WAIT).until(() -> {
            last[0] = Tokens.asHr().queryParam("vacancyId", vacancy.toString()).get("/reserves")
                    .then().statusCode(200).extract().jsonPath();
            return last[0].getList("$").size() >= expected;
        });
        assertEquals(expected, last[0].getList("$").size());
        return last[0];
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private void execute(String sql, Object... parameters) {
        pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(10));
    }

    private static List<ConsumerRecord<String, String>> withKey(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }
}
