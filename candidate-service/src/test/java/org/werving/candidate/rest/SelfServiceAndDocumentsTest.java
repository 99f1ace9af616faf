package org.werving.candidate.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.infra.DevTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/** The secret link token, self-service (access, withdrawal, erasure), uploads, idempotent retries, rate limits. */
@QuarkusTest
class SelfServiceAndDocumentsTest {
    static final String TOKEN = "X-Application-Token";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    RateLimiter limiter;

    Broker broker;

    @BeforeEach
    void connect() {
        broker = new Broker(bootstrap);
    }

    @AfterEach
    void disconnect() {
        broker.close();
    }

    private static ExtractableResponse<Response> apply(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/applications").then().extract();
    }

    @Test
    void theTokenOpensItsOwnApplicationOnlyAndIsStoredAsAHash() {
        UUID vacancy = broker.publishVacancy("Trajectbegeleider", Broker.now().plusDays(20));
        ExtractableResponse<Response> a = apply(application(vacancy, uniqueEmail("a")));
        ExtractableResponse<Response> b = apply(application(vacancy, uniqueEmail("b")));
        assertEquals(201, a.statusCode());
        String idA = a.path("id");
        String idB = b.path("id");
        String tokenA = a.path("accessToken");
        assertTrue(tokenA.length() >= 43, "at least 256 random bits");

        given().header(TOKEN, tokenA).get("/self-service/applications/" + idA).then().statusCode(200)
                .body("id", equalTo(idA)).body("status", equalTo("RECEIVED"))
                .body("timeline[0].text", equalTo("Kandidatuur ontvangen"))
                .body("accessToken", nullValue());
        // A's token on B: not found, as if B did not exist
        given().header(TOKEN, tokenA).get("/self-service/applications/" + idB).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/self-service/applications/" + idA).then().statusCode(401).contentType("application/problem+json");
        given().header(TOKEN, "guess").get("/self-service/applications/" + idA).then().statusCode(404);
        // the HR view is for hr only
        given().get("/applications/" + idA).then().statusCode(401);
        given().auth().oauth2(DevTokens.issue("jury.x", Duration.ofMinutes(5), "jury")).get("/applications/" + idA)
                .then().statusCode(403);
        // not stored in clear
        String stored = VertxDb.string("SELECT access_token_hash FROM application WHERE id = '" + idA + "'");
        assertNotEquals(tokenA, stored);
        assertEquals(64, stored.length());

        // revoked: the link no longer opens anything
        given().header(TOKEN, tokenA).delete("/self-service/applications/" + idA + "/token").then().statusCode(204);
        given().header(TOKEN, tokenA).get("/self-service/applications/" + idA).then().statusCode(404);
    }

    @Test
    void internalFactsAndConsentAreKeptAndTheFactsTravelWithCandidateApplied() {
        UUID vacancy = broker.publishVacancy("Meewerkend verantwoordelijke", Broker.now().plusDays(20));
        Map<String, Object> body = new HashMap<>(application(vacancy, uniqueEmail("intern")));
        body.put("internal", true);
        body.put("diplomaLevel", null);
        body.put("contractType", "INDEFINITE");
        body.put("currentLevel", "C");
        body.put("currentGrade", "C3");
        body.put("levelSeniorityMonths", 30);
        body.put("gradeSeniorityMonths", 14);
        body.put("serviceSeniorityMonths", 75);
        body.put("levelSeniorityOtherLocalGovernmentMonths", 18);
        body.put("gradeSeniorityOtherLocalGovernmentMonths", 6);
        body.put("serviceSeniorityOtherLocalGovernmentMonths", 40);
        body.put("drivingLicence", true);
        body.put("phone", "+32 3 123 45 67");
        body.put("motivation", "Ik wil graag doorgroeien.");
        ExtractableResponse<Response> created = apply(body);
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");

        asHr().get("/applications/" + id + "/data").then().statusCode(200)
                .body("contractType", equalTo("INDEFINITE")).body("currentGrade", equalTo("C3"))
                .body("privacyStatementVersion", equalTo("2026-01")).body("consentAt", notNullValue())
                .body("phone", equalTo("+32 3 123 45 67"))
                .body("levelSeniorityMonths", equalTo(30)).body("gradeSeniorityMonths", equalTo(14))
                .body("serviceSeniorityMonths", equalTo(75))
                .body("levelSeniorityOtherLocalGovernmentMonths", equalTo(18))
                .body("gradeSeniorityOtherLocalGovernmentMonths", equalTo(6))
                .body("serviceSeniorityOtherLocalGovernmentMonths", equalTo(40));
        // the candidate sees the same in their own data
        given().header(TOKEN, (String) created.path("accessToken")).get("/self-service/applications/" + id + "/data")
                .then().statusCode(200)
                .body("levelSeniorityMonths", equalTo(30))
                .body("levelSeniorityOtherLocalGovernmentMonths", equalTo(18))
                .body("gradeSeniorityOtherLocalGovernmentMonths", equalTo(6))
                .body("serviceSeniorityOtherLocalGovernmentMonths", equalTo(40));
        assertEquals("18|6|40", VertxDb.string("SELECT level_seniority_other_local_government_months || '|' || "
                + "grade_seniority_other_local_government_months || '|' || service_seniority_other_local_government_months"
                + " FROM application WHERE id = '" + id + "'"));

        ConsumerTask<String, String> task = broker.companion().consumeStrings().fromTopics(Broker.CANDIDATE_TOPIC);
        await().atMost(Broker.PATIENCE).until(() -> task.getRecords().stream().anyMatch(r -> id.equals(r.key())));
        task.stop();
        String value = task.getRecords().stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
        for (String fact : List.of("\"internal\":true", "\"contractType\":\"INDEFINITE\"", "\"currentLevel\":\"C\"",
                "\"currentGrade\":\"C3\"", "\"levelSeniorityMonths\":30", "\"gradeSeniorityMonths\":14",
                "\"serviceSeniorityMonths\":75", "\"drivingLicence\":true")) {
            assertTrue(value.contains(fact), fact + " in " + value);
        }
        JsonNode facts = readTree(value).get("facts");
        assertEquals(30, facts.get("levelSeniorityMonths").intValue(), value);
        assertEquals(14, facts.get("gradeSeniorityMonths").intValue(), value);
        assertEquals(75, facts.get("serviceSeniorityMonths").intValue(), value);
        assertEquals(18, facts.get("levelSeniorityOtherLocalGovernmentMonths").intValue(), value);
        assertEquals(6, facts.get("gradeSeniorityOtherLocalGovernmentMonths").intValue(), value);
        assertEquals(40, facts.get("serviceSeniorityOtherLocalGovernmentMonths").intValue(), value);
        assertFalse(value.contains("123 45 67"), value);
        assertFalse(value.contains("doorgroeien"), value);

        // an internal candidate without the employee facts, or anyone without consent: refused
        Map<String, Object> incomplete = new HashMap<>(application(vacancy, uniqueEmail("intern2")));
        incomplete.put("internal", true);
        given().contentType(ContentType.JSON).body(incomplete).post("/applications").then().statusCode(400)
                .body("errors.field", hasItem("contractType"));
        Map<String, Object> noConsent = new HashMap<>(application(vacancy, uniqueEmail("geen")));
        noConsent.put("privacyConsent", false);
        given().contentType(ContentType.JSON).body(noConsent).post("/applications").then().statusCode(400)
                .body("errors.field", hasItem("privacyConsent"));
    }

    static final List<String> OTHER_LOCAL_GOVERNMENT = List.of("levelSeniorityOtherLocalGovernmentMonths",
            "gradeSeniorityOtherLocalGovernmentMonths", "serviceSeniorityOtherLocalGovernmentMonths");

    private static Map<String, Object> internal(UUID vacancy, String name) {
        Map<String, Object> body = new HashMap<>(application(vacancy, uniqueEmail(name)));
        body.put("internal", true);
        body.put("contractType", "STATUTORY");
        body.put("currentLevel", "D");
        body.put("currentGrade", "D4");
        body.put("levelSeniorityMonths", 48);
        body.put("gradeSeniorityMonths", 24);
        body.put("serviceSeniorityMonths", 120);
        return body;
    }

    @Test
    void seniorityAtAnotherLocalGovernmentIsOptionalAndTravelsAsNullWhenNotDeclared() {
        UUID vacancy = broker.publishVacancy("Administratief medewerker", Broker.now().plusDays(20));
        ExtractableResponse<Response> created = apply(internal(vacancy, "zonder"));
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        var data = asHr().get("/applications/" + id + "/data").then().statusCode(200)
                .body("levelSeniorityMonths", equalTo(48)).extract().jsonPath();
        for (String field : OTHER_LOCAL_GOVERNMENT) {
            assertTrue(data.getMap("$").containsKey(field), field + " is returned");
            assertNull(data.get(field), field);
        }
        assertEquals(0, VertxDb.count("SELECT count(*) FROM application WHERE id = '" + id + "' AND ("
                + "level_seniority_other_local_government_months IS NOT NULL"
                + " OR grade_seniority_other_local_government_months IS NOT NULL"
                + " OR service_seniority_other_local_government_months IS NOT NULL)"));

        // the bounds 0 and 1200 are accepted
        Map<String, Object> bounds = internal(vacancy, "grenzen");
        bounds.put("levelSeniorityOtherLocalGovernmentMonths", 0);
        bounds.put("gradeSeniorityOtherLocalGovernmentMonths", 1200);
        bounds.put("serviceSeniorityOtherLocalGovernmentMonths", 0);
        ExtractableResponse<Response> withBounds = apply(bounds);
        assertEquals(201, withBounds.statusCode(), withBounds.asString());
        String boundsId = withBounds.path("id");

        // erasure keeps the seniority, with stad or OCMW and elsewhere alike (admission facts, not personal data)
        given().header(TOKEN, (String) withBounds.path("accessToken"))
                .post("/self-service/applications/" + boundsId + "/erasure").then().statusCode(204);
        asHr().get("/applications/" + boundsId + "/data").then().statusCode(200)
                .body("erasedAt", notNullValue()).body("lastName", nullValue())
                .body("levelSeniorityMonths", equalTo(48)).body("gradeSeniorityMonths", equalTo(24))
                .body("serviceSeniorityMonths", equalTo(120))
                .body("levelSeniorityOtherLocalGovernmentMonths", equalTo(0))
                .body("gradeSeniorityOtherLocalGovernmentMonths", equalTo(1200))
                .body("serviceSeniorityOtherLocalGovernmentMonths", equalTo(0));

        ConsumerTask<String, String> task = broker.companion().consumeStrings().fromTopics(Broker.CANDIDATE_TOPIC);
        await().atMost(Broker.PATIENCE).until(() -> task.getRecords().stream().anyMatch(r -> id.equals(r.key())));
        task.stop();
        String value = task.getRecords().stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
        JsonNode facts = readTree(value).get("facts");
        assertEquals(48, facts.get("levelSeniorityMonths").intValue(), value);
        // not declared: present in the facts, with the value null (selection-service reads it as 0)
        for (String field : OTHER_LOCAL_GOVERNMENT) {
            assertTrue(facts.has(field), field + " in " + value);
            assertTrue(facts.get(field).isNull(), field + " is null in " + value);
        }

        // out of range: 400 naming the field, nothing stored
        for (String field : OTHER_LOCAL_GOVERNMENT) {
            for (int months : new int[] {-1, 1201}) {
                Map<String, Object> invalid = internal(vacancy, "fout");
                invalid.put(field, months);
                given().contentType(ContentType.JSON).body(invalid).post("/applications").then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:werving:problem:validation"))
                        .body("errors.field", equalTo(List.of(field)));
                assertEquals(0, VertxDb.count("SELECT count(*) FROM application WHERE email = '"
                        + invalid.get("email") + "'"));
            }
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void documentsAreCheckedByContentStoredAndDownloadable() throws IOException {
        UUID vacancy = broker.publishVacancy("Projectmedewerker", Broker.now().plusDays(20));
        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] docx = docx();
        ExtractableResponse<Response> created = given()
                .multiPart("application", "application.json", json(application(vacancy, uniqueEmail("docs"))), "application/json")
                .multiPart("cv", "cv.pdf", pdf, "application/pdf")
                .multiPart("motivationLetter", "motivatie.docx", docx, "application/octet-stream")
                .post("/applications").then().extract();
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        String token = created.path("accessToken");

        var data = given().header(TOKEN, token).get("/self-service/applications/" + id + "/data").then().statusCode(200)
                .body("documents", hasSize(2)).extract().jsonPath();
        assertEquals(List.of("CV", "MOTIVATION_LETTER"), data.getList("documents.kind"));
        assertEquals(List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                data.getList("documents.mediaType"));
        String cvId = data.getString("documents[0].id");
        byte[] downloaded = given().header(TOKEN, token).get("/self-service/applications/" + id + "/documents/" + cvId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, downloaded);
        assertArrayEquals(pdf, asHr().get("/applications/" + id + "/documents/" + cvId).then().statusCode(200)
                .extract().asByteArray());

        // an ODT is fine too
        given().multiPart("application", "a.json", json(application(vacancy, uniqueEmail("odt"))), "application/json")
                .multiPart("cv", "cv.odt", odt(), "application/vnd.oasis.opendocument.text")
                .post("/applications").then().statusCode(201);

        // a Windows program renamed to .pdf: refused by its content, nothing written
        String exeEmail = uniqueEmail("exe");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        given().multiPart("application", "a.json", json(application(vacancy, exeEmail)), "application/json")
                .multiPart("cv", "cv.pdf", exe, "application/pdf")
                .post("/applications").then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:document-type")).body("errors[0].field", equalTo("cv"));
        // the refused submission left nothing behind: the same person can still apply
        assertEquals(201, apply(application(vacancy, exeEmail)).statusCode());

        // more than 10 MB: 413
        byte[] large = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        given().multiPart("application", "a.json", json(application(vacancy, uniqueEmail("groot"))), "application/json")
                .multiPart("motivationLetter", "brief.pdf", large, "application/pdf")
                .post("/applications").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:document-too-large"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameApplication() {
        UUID vacancy = broker.publishVacancy("Onthaalmedewerker", Broker.now().plusDays(20));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application(vacancy, uniqueEmail("retry"));
        ExtractableResponse<Response> first = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/applications").then().extract();
        ExtractableResponse<Response> again = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/applications").then().extract();
        assertEquals(201, first.statusCode());
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals((String) first.path("id"), again.path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        // a retry changes nothing: the link of the first answer (and of the receipt mail) keeps working
        String id = first.path("id");
        assertNull(again.path("accessToken"), "a retry issues no new secret");
        given().header(TOKEN, (String) first.path("accessToken")).get("/self-service/applications/" + id).then().statusCode(200);
        ExtractableResponse<Response> third = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/applications").then().extract();
        assertEquals(200, third.statusCode());
        given().header(TOKEN, (String) first.path("accessToken")).get("/self-service/applications/" + id).then().statusCode(200);
        assertEquals(1L, VertxDb.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "'"));
        assertEquals(1L, VertxDb.count("SELECT count(*) FROM mail_outbox WHERE application_id = '" + id + "'"));

        // the same key for a different submission is refused
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(application(vacancy, uniqueEmail("ander")))
                .post("/applications").then().statusCode(422)
                .body("type", equalTo("urn:werving:problem:idempotency-key-reused"));
    }

    @Test
    void withdrawalAndErasureArePublishedAndErasedApplicationsStayCountable() {
        UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
        ExtractableResponse<Response> created = apply(application(vacancy, uniqueEmail("weg")));
        String id = created.path("id");
        String token = created.path("accessToken");

        given().header(TOKEN, token).post("/self-service/applications/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("timeline.type", hasItem("ApplicationWithdrawn"));
        given().header(TOKEN, token).post("/self-service/applications/" + id + "/withdrawal").then().statusCode(200);

        given().header(TOKEN, token).get("/self-service/applications/" + id + "/data").then().statusCode(200)
                .body("lastName", equalTo("Peeters"));
        given().header(TOKEN, token).post("/self-service/applications/" + id + "/erasure").then().statusCode(204);
        // the link is gone with the data
        given().header(TOKEN, token).get("/self-service/applications/" + id).then().statusCode(404);
        asHr().get("/applications/" + id + "/data").then().statusCode(200)
                .body("lastName", nullValue()).body("email", nullValue()).body("erasedAt", notNullValue())
                .body("status", equalTo("WITHDRAWN"));

        ConsumerTask<String, String> task = broker.companion().consumeStrings().fromTopics(Broker.CANDIDATE_TOPIC);
        await().atMost(Broker.PATIENCE).until(() -> task.getRecords().stream()
                .filter(r -> id.equals(r.key())).count() >= 3);
        task.stop();
        List<ConsumerRecord<String, String>> mine = task.getRecords().stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(List.of("CandidateApplied", "ApplicationWithdrawn", "CandidateDataErased"),
                mine.stream().map(r -> Broker.header(r, "ce_type")).toList());
        assertTrue(mine.get(2).value().contains("\"reason\":\"REQUEST\""), mine.get(2).value());
        assertFalse(mine.get(2).value().contains("Peeters"));

        // still counted, anonymously, for the dashboards
        given().auth().oauth2(DevTokens.issue("dash", Duration.ofMinutes(5), "dashboard"))
                .get("/statistics/applications").then().statusCode(200)
                .body("find { it.vacancyId == '" + vacancy + "' && it.status == 'WITHDRAWN' }.applications", equalTo(1))
                .body("find { it.vacancyId == '" + vacancy + "' && it.status == 'WITHDRAWN' }.erased", equalTo(1));
    }

    @Test
    void applyingIsRateLimitedPerAddressWithRetryAfter() {
        try {
            for (String loopback : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")) {
                limiter.exhaust(RateLimiter.APPLY, loopback);
            }
            given().contentType(ContentType.JSON).body(application(UUID.randomUUID(), uniqueEmail("flood")))
                    .post("/applications").then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:werving:problem:rate-limit"));
        } finally {
            limiter.reset();
        }
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
