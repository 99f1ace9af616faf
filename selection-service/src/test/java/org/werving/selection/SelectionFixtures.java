package org.werving.selection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.werving.infra.DevTokens;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Input events shaped like docs/events.md, put on the real broker as CloudEvents (binary mode). */
public final class SelectionFixtures {
    public static final String VACANCY_TOPIC = "werving.vacancy.events";
    public static final String CANDIDATE_TOPIC = "werving.candidate.events";
    public static final String SELECTION_TOPIC = "werving.selection.events";
    public static final String DLQ_TOPIC = "werving.selection-service.dlq";
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SelectionFixtures() {
    }

    private static final String HR_TOKEN = DevTokens.issue("hr.test", Duration.ofHours(2), "hr");

    /** A request as the HR selection officer "hr.test". */
    public static RequestSpecification hr() {
        return given().auth().oauth2(HR_TOKEN);
    }

    /** A request as the given juror. */
    public static RequestSpecification juror(String subject) {
        return given().auth().oauth2(DevTokens.issue(subject, Duration.ofHours(1), "jury"));
    }

    /** The Werkvloerbegeleider posting: a bachelor, or 1 year of experience and the capacity test; two eliminating stages at 60. */
    public static Map<String, Object> vacancyPublished(UUID vacancyId) {
        Map<String, Object> vacancy = new HashMap<>();
        vacancy.put("id", vacancyId.toString());
        vacancy.put("reference", "2026-017");
        vacancy.put("title", "Werkvloerbegeleider");
        vacancy.put("level", "B");
        vacancy.put("salaryScale", "B1-B3");
        vacancy.put("status", "PUBLISHED");
        vacancy.put("applicationDeadline", "2026-12-20T23:59:00Z");
        vacancy.put("admission", Map.of(
                "external", List.of(
                        Map.of("label", "bachelor", "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B"))),
                        Map.of("label", "ervaring en capaciteitstest", "conditions", List.of(
                                Map.of("type", "RELEVANT_EXPERIENCE", "minMonths", 12),
                                Map.of("type", "CAPACITY_TEST")))),
                "internal", List.of()));
        vacancy.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true,
                        "passMark", 60)));
        vacancy.put("reserveValidityMonths", 24);
        vacancy.put("publishedAt", "2026-11-22T09:00:00Z");
        vacancy.put("someFieldFromTheFuture", Map.of("ignored", true));
        return vacancy;
    }

    public static Map<String, Object> candidateApplied(UUID applicationId, UUID vacancyId, boolean internal,
            String diplomaLevel, Integer months) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("diplomaLevel", diplomaLevel);
        facts.put("relevantExperienceMonths", months);
        return Map.of("applicationId", applicationId.toString(), "vacancyId", vacancyId.toString(),
                "appliedAt", "2026-11-25T10:12:00Z", "internal", internal, "facts", facts);
    }

    /** VacancyAmended by hr.demo: {@code view} is the vacancy's full public view after the change. */
    public static ProducerRecord<String, String> vacancyAmended(UUID vacancyId, String reason, List<String> changed,
            Map<String, Object> view) {
        return event(VACANCY_TOPIC, vacancyId.toString(), "VacancyAmended", "vacancy", UUID.randomUUID(),
                json(Map.of("vacancyId", vacancyId.toString(), "amendedAt", "2026-11-30T10:00:00Z", "amendedBy",
                        "hr.demo", "reason", reason, "changed", changed, "vacancy", view)));
    }

    public static ProducerRecord<String, String> vacancyEvent(UUID vacancyId, Map<String, Object> payload) {
        return event(VACANCY_TOPIC, vacancyId.toString(), "VacancyPublished", "vacancy", UUID.randomUUID(), json(payload));
    }

    public static ProducerRecord<String, String> candidateEvent(UUID applicationId, Map<String, Object> payload) {
        return event(CANDIDATE_TOPIC, applicationId.toString(), "CandidateApplied", "application", UUID.randomUUID(),
                json(payload));
    }

    public static ProducerRecord<String, String> event(String topic, String key, String type, String aggregateType,
            UUID eventId, String value) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("ce_specversion", "1.0"));
        headers.add(header("ce_id", eventId.toString()));
        headers.add(header("ce_source", "/werving/test"));
        headers.add(header("ce_type", type));
        headers.add(header("ce_subject", key));
        headers.add(header("ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        headers.add(header("ce_aggregatetype", aggregateType));
        headers.add(header("content-type", "application/json"));
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    public static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @SafeVarargs
    public static void produce(String bootstrap, ProducerRecord<String, String>... records) {
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(List.of(records)).awaitCompletion(PATIENCE);
        }
    }

    /** Waits until the candidacy is in the given state, as HR sees it. */
    public static void awaitStatus(UUID applicationId, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/candidacies/" + applicationId)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    /** The records of one aggregate on a topic being consumed. */
    public static List<ConsumerRecord<String, String>> keyed(ConsumerTask<String, String> task, UUID key) {
        return task.getRecords().stream().filter(r -> key.toString().equals(r.key())).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, "ce_type")).toList();
    }

    public static JsonNode payload(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
