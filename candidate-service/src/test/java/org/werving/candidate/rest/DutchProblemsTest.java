package org.werving.candidate.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * Issue 12: every refusal a candidate gets (applying, the secret link's self-service) reads in Dutch and still names
 * the field; {@code type} and {@code errors[].field} stay machine-readable. Each case checks title, detail and every
 * message for English, codes and class names.
 */
@QuarkusTest
class DutchProblemsTest {
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> LEAKS = List.of("must ", "must\u00a0", "_", "exception", "invalid", "required",
            "not found", "request", "field", "null", "urn:", "java", "vacancy ", "token", "bytes", "size ", "between",
            "conflict", "error");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    RateLimiter limiter;

    Broker broker;

    @BeforeEach
    void connect() {
        broker = new Broker(bootstrap);
        limiter.reset();
    }

    @AfterEach
    void disconnect() {
        broker.close();
    }

    @Test
    void blankTooLongBadEmailBadPhoneAndMissingConsentNameTheirFieldsInDutch() {
        UUID vacancy = broker.publishVacancy("Medewerker burgerzaken", Broker.now().plusDays(20));
        Map<String, Object> body = application(vacancy, "geen-adres");
        body.put("firstName", " ");
        body.put("lastName", "x".repeat(101));
        body.put("phone", "bel me maar");
        body.put("privacyConsent", false);
        JsonPath problem = dutch(postJson(body).statusCode(400), "validation");
        assertEquals(List.of("email", "firstName", "lastName", "phone", "privacyConsent"), problem.getList("errors.field"));
        assertMessage(problem, "email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.");
        assertMessage(problem, "firstName", "Vul je voornaam in.");
        assertMessage(problem, "lastName", "Gebruik hoogstens 100 tekens.");
        assertMessage(problem, "phone", "Vul een telefoonnummer in met alleen cijfers, spaties en + ( ) . / -.");
        assertMessage(problem, "privacyConsent", "Aanvaard de privacyverklaring om te kunnen solliciteren.");
        assertEquals("Kijk je gegevens na", problem.getString("title"));
        assertEquals("Kijk deze gegevens na: je e-mailadres, je voornaam, je achternaam, je telefoonnummer, "
                + "de privacyverklaring.", problem.getString("detail"));
    }

    @Test
    void aNumberOutOfRangeAndMissingInternalFactsNameTheirFields() {
        UUID vacancy = broker.publishVacancy("Teamcoach", Broker.now().plusDays(20));
        Map<String, Object> body = application(vacancy, uniqueEmail("bereik"));
        body.put("relevantExperienceMonths", 1201);
        body.put("levelSeniorityOtherLocalGovernmentMonths", -1);
        JsonPath range = dutch(postJson(body).statusCode(400), "validation");
        assertEquals(List.of("levelSeniorityOtherLocalGovernmentMonths", "relevantExperienceMonths"), range.getList("errors.field"));
        assertMessage(range, "relevantExperienceMonths", "Vul een aantal maanden tussen 0 en 1200 in.");

        Map<String, Object> internal = application(vacancy, uniqueEmail("intern"));
        internal.put("internal", true);
        JsonPath missing = dutch(postJson(internal).statusCode(400), "validation");
        assertTrue(missing.getList("errors.field").contains("contractType"), missing.prettify());
        assertMessage(missing, "contractType", "Vul je huidige contract in: dat is nodig als je al bij stad of OCMW werkt.");
    }

    @Test
    void malformedJsonAWrongTypeAndAControlCharacterAreRefusedInDutch() {
        UUID vacancy = broker.publishVacancy("Boekhouder", Broker.now().plusDays(20));
        String wrongType = json(application(vacancy, uniqueEmail("type"))).replace("\"relevantExperienceMonths\":30",
                "\"relevantExperienceMonths\":\"veel\"");
        JsonPath typed = dutch(post(wrongType).statusCode(400), "malformed-body");
        assertEquals(List.of("relevantExperienceMonths"), typed.getList("errors.field"));
        assertMessage(typed, "relevantExperienceMonths",
                "Vul je relevante werkervaring opnieuw in: deze waarde heeft niet de juiste vorm.");

        Map<String, Object> control = application(vacancy, uniqueEmail("ctrl"));
        control.put("lastName", "Pee\u0007ters");
        JsonPath cleaned = dutch(postJson(control).statusCode(400), "malformed-body");
        assertEquals(List.of("lastName"), cleaned.getList("errors.field"));

        JsonPath broken = dutch(post("{\"vacancyId\": ").statusCode(400), "malformed-body");
        assertEquals("Het formulier kon niet worden gelezen", broken.getString("title"));

        dutch(given().contentType(ContentType.TEXT).body("hallo").post("/applications").then().statusCode(415), null);
    }

    @Test
    void documentsTooBigEmptyOrOfTheWrongTypeSayWhatIsAllowed() {
        UUID vacancy = broker.publishVacancy("Archivaris", Broker.now().plusDays(20));
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonPath large = dutch(multipart(vacancy, "motivationLetter", Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1))
                .statusCode(413), "document-too-large");
        assertMessage(large, "motivationLetter", "Dit bestand is te groot: je motivatiebrief mag hoogstens 10 MB zijn.");
        assertEquals("Je motivatiebrief is groter dan 10 MB. Kies een kleiner bestand.", large.getString("detail"));

        JsonPath empty = dutch(multipart(vacancy, "cv", new byte[0]).statusCode(400), "validation");
        assertMessage(empty, "cv", "Dit bestand is leeg: kies je cv opnieuw.");

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        JsonPath type = dutch(multipart(vacancy, "cv", exe).statusCode(415), "document-type");
        assertMessage(type, "cv", "Je cv moet een pdf-, docx- of odt-document zijn.");
    }

    @Test
    void duplicateClosedAndUnknownVacanciesAndAReusedKeyAreExplained() {
        UUID vacancy = broker.publishVacancy("Jeugdconsulent", Broker.now().plusDays(20));
        String email = uniqueEmail("twee");
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(application(vacancy, email))
                .post("/applications").then().statusCode(201);

        JsonPath twin = dutch(postJson(application(vacancy, email)).statusCode(409), "duplicate-application");
        assertEquals("Je hebt al gesolliciteerd voor deze vacature met dit e-mailadres.", twin.getString("detail"));
        assertEquals(List.of("email"), twin.getList("errors.field"));

        JsonPath reused = dutch(given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(application(vacancy, uniqueEmail("ander"))).post("/applications").then().statusCode(422),
                "idempotency-key-reused");
        assertEquals(List.of("Idempotency-Key"), reused.getList("errors.field"));

        OffsetDateTime deadline = OffsetDateTime.of(2026, 1, 15, 12, 0, 0, 0, ZoneOffset.UTC);
        UUID past = broker.publishVacancy("Vroegere vacature", deadline);
        JsonPath closed = dutch(postJson(application(past, uniqueEmail("laat"))).statusCode(409), "vacancy-closed");
        assertEquals("Deze vacature neemt geen kandidaturen meer aan (deadline 15 januari 2026).", closed.getString("detail"));
        assertEquals(List.of("vacancyId"), closed.getList("errors.field"));

        JsonPath unknown = dutch(postJson(application(UUID.randomUUID(), uniqueEmail("nergens"))).statusCode(404), "not-found");
        assertEquals(List.of("vacancyId"), unknown.getList("errors.field"));
    }

    @Test
    void theSelfServiceWithoutOrWithAWrongTokenAndABadBookingAnswerInDutch() {
        UUID vacancy = broker.publishVacancy("Bibliothecaris", Broker.now().plusDays(20));
        var applied = postJson(application(vacancy, uniqueEmail("link"))).statusCode(201).extract();
        String id = applied.path("id");
        String token = applied.path("accessToken");
        String base = "/self-service/applications/" + id;

        JsonPath none = dutch(given().get(base).then().statusCode(401), "token-required");
        assertEquals(List.of("X-Application-Token"), none.getList("errors.field"));
        JsonPath wrong = dutch(given().header("X-Application-Token", "verkeerd").post(base + "/withdrawal").then()
                .statusCode(404), "not-found");
        assertEquals(List.of("X-Application-Token"), wrong.getList("errors.field"));
        dutch(given().header("X-Application-Token", token).get(base + "/documents/" + UUID.randomUUID()).then()
                .statusCode(404), "not-found");
        dutch(given().header("X-Application-Token", token).get(base + "/letters/" + UUID.randomUUID()).then()
                .statusCode(404), "not-found");
        dutch(given().header("X-Application-Token", token).get("/self-service/applications/geen-id").then()
                .statusCode(404), null);

        JsonPath booking = dutch(given().header("X-Application-Token", token).contentType(ContentType.JSON)
                .body("{\"stageOrder\": 0}").post(base + "/booking-requests").then().statusCode(400), "validation");
        assertEquals(List.of("slotId", "stageOrder"), booking.getList("errors.field"));
        assertMessage(booking, "slotId", "Kies het moment dat je wil boeken.");
        JsonPath slot = dutch(given().header("X-Application-Token", token).contentType(ContentType.JSON)
                .body("{\"slotId\": \"morgen\"}").post(base + "/booking-requests").then().statusCode(400), "malformed-body");
        assertEquals(List.of("slotId"), slot.getList("errors.field"));
        JsonPath status = dutch(given().header("X-Application-Token", token).contentType(ContentType.JSON)
                .body("{\"stageOrder\": 1}").post(base + "/booking-cancellations").then().statusCode(409), "application-status");
        assertTrue(status.getString("detail").startsWith("Je kan alleen"), status.getString("detail"));

        given().header("X-Application-Token", token).delete(base + "/token").then().statusCode(204);
        dutch(given().header("X-Application-Token", token).get(base + "/letters").then().statusCode(404), "not-found");
    }

    @Test
    void whatTheHttpLayerRefusesOfACandidateIsDutchToo() throws java.io.IOException {
        JsonPath path = dutch(given().urlEncodingEnabled(false).header("X-Application-Token", "t")
                .get("/self-service/applications/%01").then().statusCode(400), "validation");
        assertEquals("Dit adres kan niet worden geopend: het bevat een teken dat niet kan.", path.getString("detail"));
        assertEquals(List.of("path"), path.getList("errors.field"));
        JsonPath query = dutch(given().urlEncodingEnabled(false).header("X-Application-Token", "t")
                .get("/self-service/applications/" + UUID.randomUUID() + "?taal=nl%00").then().statusCode(400), "validation");
        assertEquals(List.of("taal"), query.getList("errors.field"));

        // a body declared over the limit is refused before it is read: sent by hand, headers only
        String answer = rawPost("/applications", 999_999_999L);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-language: nl"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(body.contains("\"type\":\"urn:werving:problem:body-too-large\""), body);
        assertTrue(body.contains("Elk bestand mag hoogstens 10 MB zijn"), body);

        // the same refusals on HR's paths keep the chassis' English
        given().urlEncodingEnabled(false).auth().oauth2(org.werving.candidate.CandidateFixtures.HR_TOKEN)
                .get("/applications/%01").then().statusCode(400)
                .header("Content-Language", org.hamcrest.Matchers.nullValue())
                .body("errors[0].message", equalTo("contains a control character"));
    }

    /** The status line, headers and body of a POST whose headers declare {@code length} bytes and send none. */
    private static String rawPost(String path, long length) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                    if (read.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came so far
            }
            return read.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void hrEndpointsKeepTheChassisWording() {
        given().auth().oauth2(org.werving.candidate.CandidateFixtures.HR_TOKEN).get("/applications/" + UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", org.hamcrest.Matchers.nullValue())
                .body("type", equalTo("urn:werving:problem:not-found"));
    }

    /** The problem in Dutch: its type, Content-Language nl, and no English, code or class name in what a person reads. */
    private static JsonPath dutch(ValidatableResponse response, String rule) {
        response.contentType(PROBLEM).header("Content-Language", "nl")
                .body("type", equalTo(rule == null ? "about:blank" : "urn:werving:problem:" + rule));
        JsonPath problem = response.extract().jsonPath();
        List<String> texts = new ArrayList<>(List.of(problem.getString("title"), problem.getString("detail")));
        List<Map<String, String>> errors = problem.getList("errors");
        errors = errors == null ? List.of() : errors;
        errors.forEach(e -> texts.add(e.get("message")));
        for (String text : texts) {
            assertFalse(text == null || text.isBlank(), problem.prettify());
            String lower = text.toLowerCase(Locale.ROOT);
            for (String leak : LEAKS) {
                assertFalse(lower.contains(leak), "'" + leak + "' in '" + text + "'");
            }
            assertFalse(text.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "an ISO date in '" + text + "'");
            assertFalse(text.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "an id in '" + text + "'");
        }
        for (Map<String, String> error : errors) {
            assertFalse(error.get("field") == null || error.get("field").isBlank(), problem.prettify());
        }
        return problem;
    }

    private static void assertMessage(JsonPath problem, String field, String message) {
        List<Map<String, String>> errors = problem.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> field.equals(e.get("field")) && message.equals(e.get("message"))),
                field + ": " + message + " in " + problem.prettify());
    }

    private static ValidatableResponse postJson(Map<String, Object> body) {
        return post(json(body));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/applications").then();
    }

    private static ValidatableResponse multipart(UUID vacancy, String part, byte[] content) {
        return given().multiPart("application", "a.json", json(application(vacancy, uniqueEmail("bestand"))),
                        "application/json")
                .multiPart(part, "bestand.pdf", content, "application/pdf").post("/applications").then();
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
