package org.werving.candidate.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/** Personal data is erased when retention ends, once, even with two replicas running the job at the same moment. */
@QuarkusTest
class RetentionJobTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    RetentionJob job;
    @Inject
    Pool pool;

    @Test
    void leaversAndExpiredReservesAreErasedOnceByConcurrentJobs() throws Exception {
        String left;
        String reserve;
        String current;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Directiemedewerker", Broker.now().plusDays(20));
            ExtractableResponse<Response> a = apply(vacancy);
            left = a.path("id");
            given().header("X-Application-Token", (String) a.path("accessToken"))
                    .post("/self-service/applications/" + left + "/withdrawal").then().statusCode(200);
            reserve = apply(vacancy).path("id");
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, UUID.randomUUID(), "ReserveEntryCreated", Broker.now(),
                    Map.of("entryId", UUID.randomUUID().toString(), "vacancyId", vacancy.toString(), "applicationId", reserve,
                            "reserveType", "RECRUITMENT", "finalScore", 70, "validUntil", "2020-01-31")));
            current = apply(vacancy).path("id");
        }
        // the candidate left the procedure long ago
        pool.preparedQuery("UPDATE application SET left_procedure_at = now() - interval '1000 days' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(left))).await().atMost(Duration.ofSeconds(10));

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this::run);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(this::run);
        assertTrue(one.get() + two.get() >= 2);

        for (String id : new String[] {left, reserve}) {
            asHr().get("/applications/" + id + "/data").then().statusCode(200)
                    .body("lastName", nullValue()).body("email", nullValue()).body("erasedAt", notNullValue());
            assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'CandidateDataErased'"
                    + " AND payload LIKE '%\"reason\":\"RETENTION\"%'", id), id);
        }
        asHr().get("/applications/" + current + "/data").then().statusCode(200).body("erasedAt", nullValue());
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'CandidateDataErased'",
                current));
    }

    private int run() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> job.runOnce());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExtractableResponse<Response> apply(UUID vacancy) {
        return given().contentType(ContentType.JSON).body(application(vacancy, uniqueEmail("bewaring")))
                .post("/applications").then().statusCode(201).extract();
    }

    private long count(String sql, String id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
