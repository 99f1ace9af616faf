package org.werving.system;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werving.infra.ApplyOnceKnown;
import org.werving.infra.DevTokens;
import org.werving.system.OtlpReceiver.Received;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One application's trace across the services, exported by OTLP to a receiver in this JVM: candidate-service's
 * POST /applications records CandidateApplied, selection-service consumes it and decides on admission
 * (ScreeningPassed), candidate-service consumes that and queues the admission mail; all in one trace, each step
 * the child of the one before. The trace is written as a tree to target/trace-example.txt.
 */
class TraceTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final String HR = DevTokens.issue("hr.trace-test", Duration.ofHours(1), "hr");
    private static OtlpReceiver receiver;
    private static WervingSystem system;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        receiver = OtlpReceiver.start();
        system = WervingSystem.startWith(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint()));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void oneApplicationIsOneTraceFromThePostThroughTheAdmissionToTheMail() throws IOException {
        String applicationId = apply(publishVacancy());

        // the services export in batches: wait until the mail is queued and selection-service's spans have arrived
        await().atMost(EVENTUALLY).until(() -> mailQueued(applicationId).isPresent()
                && published(applicationId).map(a -> receiver.spans().stream()
                        .filter(s -> s.traceId().equals(a.traceId()) && s.service().equals("selection-service"))
                        .count() >= 2).orElse(false));
        Received applied = published(applicationId).orElseThrow();
        List<Received> trace = receiver.spans().stream().filter(s -> s.traceId().equals(applied.traceId())).toList();

        Received post = only(trace, "candidate-service", "POST /applications", SpanKind.SPAN_KIND_SERVER);
        assertEquals("", post.parentSpanId(), "the POST starts the trace");
        assertEquals(post.spanId(), applied.parentSpanId(), "CandidateApplied is published from the POST's span");
        Received decided = only(trace, "selection-service", "CandidateApplied process", SpanKind.SPAN_KIND_CONSUMER);
        assertEquals(applied.spanId(), decided.parentSpanId(), "selection-service consumes the published event");
        Received admitted = only(trace, "selection-service", "ScreeningPassed publish", SpanKind.SPAN_KIND_PRODUCER);
        assertEquals(decided.spanId(), admitted.parentSpanId(), "the admission decision comes from that consumption");
        Received mailed = only(trace, "candidate-service", "ScreeningPassed process", SpanKind.SPAN_KIND_CONSUMER);
        assertEquals(admitted.spanId(), mailed.parentSpanId(), "candidate-service queues the mail in the same trace");

        Path example = Path.of(System.getProperty("werving.root", "../.."))
                .resolve("deploy/system-tests/target/trace-example.txt");
        Files.createDirectories(example.getParent());
        Files.writeString(example, tree(trace, post));
    }

    /** candidate-service's span publishing this application's CandidateApplied, once the receiver has it. */
    private static Optional<Received> published(String applicationId) {
        return receiver.spans().stream().filter(s -> s.service().equals("candidate-service")
                && s.name().equals("CandidateApplied publish")
                && applicationId.equals(s.attributes().get("cloudevents.event_subject"))).findFirst();
    }

    /** candidate-service's span consuming the admission of this application (and queueing its mail), in its trace. */
    private static Optional<Received> mailQueued(String applicationId) {
        return published(applicationId).flatMap(applied -> receiver.spans().stream()
                .filter(s -> s.traceId().equals(applied.traceId()) && s.service().equals("candidate-service")
                        && s.name().equals("ScreeningPassed process"))
                .findFirst());
    }

    private static Received only(List<Received> trace, String service, String name, SpanKind kind) {
        List<Received> found = trace.stream().filter(s -> s.service().equals(service) && s.name().equals(name)).toList();
        assertEquals(1, found.size(), service + " " + name + " in " + trace);
        assertEquals(kind, found.get(0).kind(), name);
        return found.get(0);
    }

    /** The trace as an indented tree: service, span, duration; children in start order. */
    static String tree(List<Received> trace, Received root) {
        StringBuilder text = new StringBuilder("trace " + root.traceId() + " (" + trace.size() + " spans)\n");
        append(text, trace, root, 0);
        return text.toString();
    }

    private static void append(StringBuilder text, List<Received> trace, Received span, int depth) {
        text.append("  ".repeat(depth)).append(String.format(Locale.ROOT, "%-18s %-34s %9.1f ms%n", span.service(),
                span.name(), span.millis()));
        trace.stream().filter(child -> child.parentSpanId().equals(span.spanId()))
                .sorted(Comparator.comparingLong(Received::startNanos))
                .forEach(child -> append(text, trace, child, depth + 1));
    }

    private static String publishVacancy() {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "SYS-TRACE");
        body.put("title", "Werkvloerbegeleider");
        body.put("directorate", "Dienstverlening en sociaal beleid");
        body.put("team", "Sociale economie");
        body.put("level", "B");
        body.put("salaryScale", "B1-B3");
        body.put("seats", 1);
        body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
        body.put("admission", Map.of("external", List.of(Map.of("label", "bachelor",
                "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B")))), "internal", List.of()));
        body.put("stages", List.of(Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview",
                "eliminating", true, "passMark", 60)));
        String vacancy = system.url("vacancy-service");
        String id = given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post(vacancy + "/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(HR).post(vacancy + "/hr/vacancies/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Applies (a bachelor: admitted) as soon as candidate-service has learnt of the vacancy. */
    private static String apply(String vacancyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId);
        body.put("firstName", "Tine");
        body.put("lastName", "Tracy");
        body.put("email", "tine@example.org");
        body.put("internal", false);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        body.put("diplomaLevel", "B");
        body.put("relevantExperienceMonths", 6);
        return ApplyOnceKnown.apply(EVENTUALLY, () -> {
            var response = given().contentType(ContentType.JSON).body(body).post(system.url("candidate-service") + "/applications");
            return new ApplyOnceKnown.Attempt<String>(response.statusCode(), response.asString(),
                    response.statusCode() == 201 ? response.path("id") : null);
        });
    }
}
