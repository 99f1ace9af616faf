package org.werving.vacancy.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.werving.vacancy.Tokens.asHr;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox relay puts each lifecycle event on the real broker, keyed by vacancy id, as a CloudEvent. */
@QuarkusTest
class VacancyEventsTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void publishAndCloseReachKafkaInOrderKeyedByVacancy() {
        String id = asHr().contentType(ContentType.JSON).body(VacancyFixtures.complete("Projectmedewerker"))
                .post("/hr/vacancies").then().statusCode(201).extract().path("id");
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(200);

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics("werving.vacancy.events");
            // other tests publish too: wait until both of ours are there
            await().atMost(Duration.ofSeconds(30)).until(() -> ofVacancy(task, id).size() >= 2);
            List<ConsumerRecord<String, String>> mine = ofVacancy(task, id);
            task.stop();
            assertEquals(List.of("VacancyPublished", "VacancyClosed"), mine.stream().map(r -> header(r, "ce_type")).toList());
            ConsumerRecord<String, String> published = mine.get(0);
            assertEquals("1.0", header(published, "ce_specversion"));
            assertEquals("/werving/vacancy-service", header(published, "ce_source"));
            assertEquals(id, header(published, "ce_subject"));
            assertNotNull(header(published, "ce_id"));
            assertTrue(published.value().contains("\"admission\""));
        }
    }

    private static List<ConsumerRecord<String, String>> ofVacancy(ConsumerTask<String, String> task, String id) {
        return task.getRecords().stream().filter(r -> id.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
