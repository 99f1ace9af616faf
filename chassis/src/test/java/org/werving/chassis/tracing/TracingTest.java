package org.werving.chassis.tracing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.werving.chassis.app.InMemorySpans;
import org.werving.chassis.app.Pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.chassis.app.Pipeline.PATIENCE;

/**
 * One trace from an HTTP request through the outbox, Kafka and the inbox, against the real PostgreSQL and Kafka:
 * the request's span records the event, the relay publishes it in a child span whose traceparent travels in the
 * Kafka header, the consumer applies it in a child of that, and the event its handler records goes on in the trace.
 */
@QuarkusTest
class TracingTest {
    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    Pipeline pipeline;
    @Inject
    InMemorySpans spans;

    @Test
    void aRequestsTraceGoesThroughTheOutboxAndKafkaIntoTheConsumerAndOn() {
        String subject = UUID.randomUUID().toString();
        ConsumerTask<String, String> topic = pipeline.consume(Pipeline.TOPIC);
        given().header("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01")
                .post("/chassis-test/traced/" + subject).then().statusCode(200);

        await().atMost(PATIENCE).until(() -> record(topic, subject, "Echoed").isPresent()
                && spans.ofTrace(CALLER_TRACE).stream().anyMatch(s -> s.getName().equals("Echoed process")));
        String relayed = Pipeline.header(record(topic, subject, "Relayed").orElseThrow(), "traceparent");
        String echoed = Pipeline.header(record(topic, subject, "Echoed").orElseThrow(), "traceparent");
        topic.stop();

        SpanData request = one("POST /chassis-test/traced/{subject}", SpanKind.SERVER);
        assertEquals(CALLER_SPAN, request.getParentSpanId(), "the caller's traceparent is the request's parent");
        SpanData publish = one("Relayed publish", SpanKind.PRODUCER);
        assertEquals(request.getSpanId(), publish.getParentSpanId(), "published in a child of the recording span");
        assertEquals("00-" + CALLER_TRACE + "-" + publish.getSpanId() + "-01", relayed, "the Kafka header");
        SpanData process = one("Relayed process", SpanKind.CONSUMER);
        assertEquals(publish.getSpanId(), process.getParentSpanId(), "consumed in a child of the publishing span");
        assertEquals(subject, process.getAttributes().get(Tracing.EVENT_SUBJECT));
        SpanData echoPublish = one("Echoed publish", SpanKind.PRODUCER);
        assertEquals(process.getSpanId(), echoPublish.getParentSpanId(), "the handler's event goes on in the trace");
        assertEquals("00-" + CALLER_TRACE + "-" + echoPublish.getSpanId() + "-01", echoed);
        assertEquals(echoPublish.getSpanId(), one("Echoed process", SpanKind.CONSUMER).getParentSpanId());
    }

    @Test
    void anEventRecordedOutsideATraceTravelsWithoutTraceparentAndStartsOneInTheConsumer() throws Throwable {
        String subject = UUID.randomUUID().toString();
        ConsumerTask<String, String> topic = pipeline.consume(Pipeline.TOPIC);
        UUID id = pipeline.write(subject, "Counted", Map.of("n", 3));
        await().atMost(PATIENCE).until(() -> record(topic, subject, "Counted").isPresent() && consumed(id).isPresent());
        assertNull(Pipeline.header(record(topic, subject, "Counted").orElseThrow(), "traceparent"));
        topic.stop();
        SpanData process = consumed(id).orElseThrow();
        assertEquals(SpanKind.CONSUMER, process.getKind());
        assertTrue(!process.getParentSpanContext().isValid(), "a new trace, no parent");
        assertEquals(Pipeline.TOPIC, process.getAttributes().get(Tracing.MESSAGING_DESTINATION));
    }

    private SpanData one(String name, SpanKind kind) {
        List<SpanData> found = spans.ofTrace(CALLER_TRACE).stream().filter(s -> s.getName().equals(name)).toList();
        assertEquals(1, found.size(), name + " in " + spans.ofTrace(CALLER_TRACE));
        assertEquals(kind, found.get(0).getKind(), name);
        return found.get(0);
    }

    private Optional<SpanData> consumed(UUID id) {
        return spans.named("Counted process").stream()
                .filter(s -> id.toString().equals(s.getAttributes().get(Tracing.MESSAGE_ID))).findFirst();
    }

    private static Optional<ConsumerRecord<String, String>> record(ConsumerTask<String, String> task, String key,
            String type) {
        return task.getRecords().stream()
                .filter(r -> key.equals(r.key()) && type.equals(Pipeline.header(r, "ce_type"))).findFirst();
    }
}
