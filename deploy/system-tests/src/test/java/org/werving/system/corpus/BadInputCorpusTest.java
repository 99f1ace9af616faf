package org.werving.system.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werving.infra.ApplyOnceKnown;
import org.werving.infra.DevTokens;
import org.werving.system.WervingSystem;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus (issue 13) over every operation of the four running services, read from their own
 * OpenAPI documents: control characters, numbers and dates out of range, wrong types, null list elements,
 * broken JSON and multipart bodies, bad path, query and header values; and the HTTP layer's own refusals
 * (no or a bad token, an overlong URI or header, a body over the limit, an unknown path or method). It
 * sends them with a token of every staff role and the fixture's real ids, so that validation is reached.
 * Holds when no answer is a 5xx, every error is problem+json, and every object touched — the fixture and
 * whatever a bad input created — can still be read. The counts land in target/bad-input-corpus.txt.
 */
class BadInputCorpusTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final List<String> SERVICES = List.of("vacancy-service", "candidate-service",
            "selection-service", "reserve-service");
    /** Operations that end something: run last, so that the others still find the fixture as it was. */
    private static final List<String> ENDINGS = List.of("/close", "/archive", "/filled", "/erasure", "/withdrawal",
            "/ending", "/token", "/declines", "/appointments");
    private static final String STAFF = DevTokens.issue("corpus.staff", Duration.ofHours(2), "hr", "admin",
            "dashboard", "jury");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WervingSystem system;
    private static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void startSystemWithAFixture() throws InterruptedException {
        system = WervingSystem.start();
        ids.put("vacancyId", Fixture.publishVacancy(system.url("vacancy-service"), STAFF));
        Map<String, String> applied = Fixture.apply(system.url("candidate-service"), ids.get("vacancyId"));
        ids.put("applicationId", applied.get("id"));
        ids.put("X-Application-Token", applied.get("accessToken"));
        Fixture.scoreToReserve(system.url("selection-service"), STAFF, ids.get("applicationId"));
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonPath entries = given().auth().oauth2(STAFF).queryParam("vacancyId", ids.get("vacancyId"))
                    .get(system.url("reserve-service") + "/reserves").then().statusCode(200).extract().jsonPath();
            assertEquals(1, entries.getList("entryId").size(), "reserve entries");
            ids.put("reserveId", entries.getString("[0].reserveId"));
            ids.put("entryId", entries.getString("[0].entryId"));
        });
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void noBadInputGetsA5xxEveryErrorIsProblemJsonAndWhatWasTouchedStaysReadable() throws Exception {
        CorpusClient client = new CorpusClient();
        Map<String, Integer> perService = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String base = system.url(service);
            List<Operation> operations = operationsOf(service, base);
            BadInputs inputs = new BadInputs(name -> known(service, name));
            int variants = 0;
            for (Operation operation : operations) {
                Map<String, String> headers = operation.bearer() ? Map.of("Authorization", "Bearer " + STAFF) : Map.of();
                for (BadInputs.Variant variant : inputs.of(operation, headers)) {
                    client.judge(operation.name(), base, variant);
                    variants++;
                }
            }
            httpLayer(client, service, base, operations);
            perService.put(service + " (" + operations.size() + " operations)", variants);
        }
        List<String> unreadable = readBack(client);
        report(client, perService, unreadable);
        assertTrue(client.failures().isEmpty(), client.failures().size() + " wrong answers, first ones:\n"
                + String.join("\n", client.failures().subList(0, Math.min(40, client.failures().size()))));
        assertTrue(unreadable.isEmpty(), "no longer readable:\n" + String.join("\n", unreadable));
    }

    /** The running service's OpenAPI document; operations that end something last. */
    private static List<Operation> operationsOf(String service, String base) throws IOException {
        String document = given().accept(ContentType.JSON).get(base + "/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        List<Operation> operations = new ArrayList<>(Operation.readAll(service, JSON.readTree(document)));
        operations.sort(Comparator.comparing(o -> ENDINGS.stream().anyMatch(o.path()::endsWith)));
        assertTrue(operations.size() > 10, service + " documents " + operations.size() + " operations");
        return operations;
    }

    /** The fixture's value of a parameter or field by name; null where the schema's own value will do. */
    private static String known(String service, String name) {
        return switch (name) {
            case "id" -> service.equals("vacancy-service") ? ids.get("vacancyId") : ids.get("applicationId");
            case "vacancyId", "applicationId", "reserveId", "entryId", "X-Application-Token" -> ids.get(name);
            case "stageOrder", "order" -> "1";
            case "Idempotency-Key" -> "corpus-" + UUID.randomUUID();
            case "If-None-Match" -> "\"corpus\"";
            case "scale" -> "B1-B3";
            case "indexationDate" -> "2026-01-01";
            case "name" -> "Corpuscompetentie";
            default -> null;
        };
    }

    /** The refusals of the HTTP layer and the security filters: problem+json too. */
    private static void httpLayer(CorpusClient client, String service, String base, List<Operation> operations) {
        Operation secured = operations.stream().filter(o -> o.bearer() && o.method().equals("GET")
                && !o.path().contains("{")).findFirst().orElse(operations.get(0));
        String path = secured.path().replaceAll("\\{[^}]+}", ids.get("vacancyId"));
        Map<String, String> staff = Map.of("Authorization", "Bearer " + STAFF);
        List<BadInputs.Variant> layer = new ArrayList<>(List.of(
                new BadInputs.Variant("no token", "GET", path, Map.of(), null, null),
                new BadInputs.Variant("a garbage token", "GET", path, Map.of("Authorization", "Bearer abc.def.ghi"), null, null),
                new BadInputs.Variant("an expired token", "GET", path,
                        Map.of("Authorization", "Bearer " + DevTokens.expired("corpus", "hr", "admin", "dashboard")), null, null),
                new BadInputs.Variant("a URI of 20,000 characters", "GET", path + "?q=" + "x".repeat(20_000), staff, null, null),
                new BadInputs.Variant("a header of 40,000 characters", "GET", path,
                        Map.of("Authorization", "Bearer " + STAFF, "X-Corpus", "x".repeat(40_000)), null, null),
                new BadInputs.Variant("an unknown path", "GET", "/corpus-does-not-exist", staff, null, null),
                new BadInputs.Variant("a method the path does not take", "PATCH", path, staff, "application/json",
                        "{}".getBytes())));
        operations.stream().filter(o -> o.hasBody() && o.mediaType().equals("application/json")).findFirst()
                .ifPresent(o -> layer.add(new BadInputs.Variant("a body of 30 MB", o.method(),
                        o.path().replaceAll("\\{[^}]+}", ids.get("vacancyId")), staff, "application/json",
                        new byte[30 * 1024 * 1024])));
        for (BadInputs.Variant variant : layer) {
            client.judge(service + " HTTP layer", base, variant);
        }
    }

    /** The fixture, the lists and every object a bad input created: read back with 200. */
    private static List<String> readBack(CorpusClient client) {
        String v = ids.get("vacancyId");
        String a = ids.get("applicationId");
        Map<String, List<String>> reads = Map.of(
                "vacancy-service", List.of("/hr/vacancies", "/hr/vacancies?size=100", "/vacancies",
                        "/vacancies?includeClosed=true", "/vacancies/" + v, "/hr/vacancies/" + v, "/hr/vacancies/" + v + "/audit",
                        "/admin/salary-scales", "/competencies"),
                "candidate-service", List.of("/applications/" + a, "/applications/" + a + "/letters",
                        "/statistics/applications"),
                "selection-service", List.of("/candidacies/" + a, "/procedures/" + v + "/candidacies",
                        "/procedures/" + v + "/report", "/procedures/" + v + "/audit", "/procedures/" + v + "/stages/1/slots"),
                "reserve-service", List.of("/reserves?vacancyId=" + v, "/reserves/" + ids.get("reserveId"),
                        "/reserves/entries/" + ids.get("entryId"), "/reserves/active", "/dashboard/funnels"));
        List<String> unreadable = new ArrayList<>();
        reads.forEach((service, paths) -> paths.forEach(path -> check(system.url(service), path, unreadable)));
        for (String location : client.created()) {
            URI uri = URI.create(location);
            check(uri.getScheme() + "://" + uri.getAuthority(), uri.getRawPath(), unreadable);
        }
        return unreadable;
    }

    private static void check(String base, String path, List<String> unreadable) {
        var response = given().auth().oauth2(STAFF).get(base + path);
        if (response.statusCode() != 200) {
            unreadable.add(base + path + " → " + response.statusCode() + " " + response.asString());
        }
    }

    private static void report(CorpusClient client, Map<String, Integer> perService, List<String> unreadable)
            throws IOException {
        StringBuilder text = new StringBuilder("bad-input corpus, " + OffsetDateTime.now(ZoneOffset.UTC) + "\n");
        perService.forEach((service, count) -> text.append(service).append(": ").append(count).append(" variants\n"));
        text.append(client.summary()).append('\n');
        text.append(client.created().size()).append(" objects created by accepted inputs; ")
                .append(unreadable.size()).append(" not readable afterwards\n");
        client.failures().forEach(f -> text.append("FAIL ").append(f).append('\n'));
        unreadable.forEach(u -> text.append("UNREADABLE ").append(u).append('\n'));
        Path out = Path.of("target", "bad-input-corpus.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text.length() > 4000 ? text.substring(0, 4000) : text);
    }

    /** The fixture: one published vacancy with two stages, one admitted candidate scored onto the reserve. */
    static final class Fixture {
        static String publishVacancy(String vacancyService, String token) {
            Map<String, Object> body = new HashMap<>();
            body.put("reference", "CORPUS-1");
            body.put("title", "Werkvloerbegeleider");
            body.put("directorate", "Dienstverlening en sociaal beleid");
            body.put("team", "Sociale economie");
            body.put("level", "B");
            body.put("salaryScale", "B1-B3");
            body.put("seats", 2);
            body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
            body.put("admission", Map.of("external", List.of(Map.of("label", "bachelor",
                    "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B")))), "internal", List.of()));
            body.put("stages", List.of(
                    Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60),
                    Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true, "passMark", 60)));
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post(vacancyService + "/hr/vacancies").then().statusCode(201).extract().path("id");
            given().auth().oauth2(token).post(vacancyService + "/hr/vacancies/" + id + "/publish").then().statusCode(200);
            return id;
        }

        static Map<String, String> apply(String candidateService, String vacancyId) {
            Map<String, Object> body = new HashMap<>();
            body.put("vacancyId", vacancyId);
            body.put("firstName", "Corpus");
            body.put("lastName", "Peeters");
            body.put("email", "corpus@example.org");
            body.put("internal", false);
            body.put("privacyConsent", true);
            body.put("privacyStatementVersion", "2026-01");
            body.put("diplomaLevel", "B");
            body.put("relevantExperienceMonths", 6);
            return ApplyOnceKnown.apply(EVENTUALLY, () -> {
                var response = given().contentType(ContentType.JSON).body(body).post(candidateService + "/applications");
                return new ApplyOnceKnown.Attempt<Map<String, String>>(response.statusCode(), response.asString(),
                        response.statusCode() == 201 ? Map.of("id", response.path("id"),
                                "accessToken", response.path("accessToken")) : null);
            });
        }

        static void scoreToReserve(String selectionService, String token, String applicationId) {
            await().atMost(EVENTUALLY).untilAsserted(() -> given().auth().oauth2(token)
                    .get(selectionService + "/candidacies/" + applicationId).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("IN_STAGE")));
            for (int stage = 1; stage <= 2; stage++) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("score", 80))
                        .post(selectionService + "/candidacies/" + applicationId + "/stages/" + stage + "/score")
                        .then().statusCode(200);
            }
        }
    }
}
