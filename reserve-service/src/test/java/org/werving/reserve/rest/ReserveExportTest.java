package org.werving.reserve.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werving.reserve.Events;
import org.werving.reserve.Tokens;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reserve's export: CSV by default, XLSX on request with the same columns and rows, read back here. */
@QuarkusTest
class ReserveExportTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

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
    void theXlsxExportOpensAndHoldsTheRowsOfTheCsv() throws Exception {
        UUID vacancy = UUID.randomUUID();
        String title = "=Coördinator \"groen; schoonmaak\"";
        ProducerRecord<String, String> published = Events.cloudEvent(Events.VACANCY_TOPIC, vacancy.toString(), "VacancyPublished",
                "{\"id\":\"" + vacancy + "\",\"title\":\"=Coördinator \\\"groen; schoonmaak\\\"\",\"level\":\"B\","
                        + "\"directorate\":\"Welzijn\",\"reserveValidityMonths\":24}");
        companion.produceStrings().fromRecords(List.of(published)).awaitCompletion(Duration.ofSeconds(30));
        await().atMost(WAIT).until(() -> pool.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(Events.id(published))).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0) == 1);
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        companion.produceStrings().fromRecords(List.of(Events.selectionPassed(vacancy, a, 82.5, false),
                Events.selectionPassed(vacancy, b, 64, false))).awaitCompletion(Duration.ofSeconds(30));
        JsonPath[] entries = new JsonPath[1];
        await().atMost(WAIT).until(() -> (entries[0] = Tokens.asHr().queryParam("vacancyId", vacancy.toString()).get("/reserves")
                .then().statusCode(200).extract().jsonPath()).getList("$").size() == 2);
        String reserve = entries[0].getString("[0].reserveId");
        String eb = entries[0].getString("find { it.applicationId == '" + b + "' }.entryId");
        Tokens.asHr().contentType("application/json").body(Map.of("entryId", eb, "kind", "PERMANENT"))
                .post("/reserves/" + reserve + "/declines").then().statusCode(200);
        LocalDate validUntil = LocalDate.parse(Tokens.asHr().get("/reserves/" + reserve).then().extract().path("validUntil"));

        // CSV stays the default
        Tokens.asHr().get("/reserves/" + reserve + "/export").then().statusCode(200).contentType(containsString("text/csv"));
        String csv = new String(Tokens.asHr().queryParam("format", "csv").get("/reserves/" + reserve + "/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        String[] csvLines = csv.split("\r\n");
        assertEquals(3, csvLines.length);

        Response xlsx = Tokens.as("dash.test", "dashboard").queryParam("format", "XLSX").get("/reserves/" + reserve + "/export");
        xlsx.then().statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", containsString("reserve-" + reserve + ".xlsx"));
        byte[] bytes = xlsx.asByteArray();
        assertTrue(ReadableWorkbook.isOOXMLZipHeader(bytes), "an OOXML (zip) file");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("Reserve", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(3, rows.size());
            for (int c = 0; c < ReserveCsv.HEADERS.size(); c++) {
                assertEquals(ReserveCsv.HEADERS.get(c), rows.get(0).getCellText(c));
            }
            Row first = rows.get(1);
            assertEquals(new BigDecimal("1"), first.getCellAsNumber(0).orElseThrow());
            assertEquals("wervingsreserve", first.getCellText(1));
            assertEquals(title, first.getCellText(2), "the title as text, not a formula");
            assertEquals("B", first.getCellText(3));
            assertEquals("Welzijn", first.getCellText(4));
            assertEquals(a.toString(), first.getCellText(5));
            assertEquals(0, new BigDecimal("82.5").compareTo(first.getCellAsNumber(6).orElseThrow()));
            assertEquals("beschikbaar", first.getCellText(7));
            assertEquals(0, first.getCellAsNumber(8).orElseThrow().intValue());
            assertEquals(validUntil, first.getCellAsDate(10).orElseThrow().toLocalDate());
            Row second = rows.get(2);
            assertEquals(2, second.getCellAsNumber(0).orElseThrow().intValue());
            assertEquals(b.toString(), second.getCellText(5));
            assertEquals(0, new BigDecimal("64").compareTo(second.getCellAsNumber(6).orElseThrow()));
            assertEquals(1, second.getCellAsNumber(8).orElseThrow().intValue());
            assertEquals(validUntil, second.getCellAsDate(10).orElseThrow().toLocalDate());
            // the same rows as the CSV
            for (int r = 1; r < rows.size(); r++) {
                String[] fields = csvLines[r].split(";");
                assertEquals(fields[0], rows.get(r).getCellText(0).replaceAll("\\.0$", ""));
                assertTrue(csvLines[r].contains(rows.get(r).getCellText(5)));
            }
        }

        Tokens.asHr().queryParam("format", "pdf").get("/reserves/" + reserve + "/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Tokens.asHr().queryParam("format", "xlsx").get("/reserves/" + UUID.randomUUID() + "/export").then().statusCode(404);
    }
}
