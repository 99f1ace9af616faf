package org.werving.candidate.mail;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.SmtpTestResource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/** Each mail reaches a real SMTP server (GreenMail) exactly once, also with two relays at once or after a crash mid-send. */
@QuarkusTest
class MailTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MailRelay relay;
    @Inject
    Pool pool;

    @Test
    void everyStepIsMailedOnceInDutchEvenWithTwoRelaysAtOnce() throws Exception {
        String email = uniqueEmail("mail");
        String id;
        String token;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
            ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                    .body(application(vacancy, email)).post("/applications").then().extract();
            assertEquals(201, created.statusCode());
            id = created.path("id");
            token = created.path("accessToken");
            UUID app = UUID.fromString(id);
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, app, "ScreeningPassed", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "capacityTestRequired", false,
                            "alternative", "bachelor", "motivation", "bachelordiploma")));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, app, "InterviewScored", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "stageOrder", 1, "stageType",
                            "SPEED_INTERVIEW", "stageName", "Speedinterview", "score", 72, "passMark", 60, "passed", true,
                            "finalStage", true)));
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, UUID.randomUUID(), "ReserveEntryCreated", Broker.now(),
                    Map.of("entryId", UUID.randomUUID().toString(), "vacancyId", vacancy.toString(), "applicationId", id,
                            "reserveType", "RECRUITMENT", "finalScore", 72, "validUntil", "2028-12-31")));
        }

        // queued as kind and values: the request did not render the receipt, the relay does when it sends it
        assertEquals(1L, count("SELECT count(*) FROM mail_outbox WHERE application_id = $1 AND kind = 'receipt'"
                + " AND subject IS NULL AND body IS NULL AND data LIKE '%token=%'", id));

        // two relays (as two replicas would) at the same time
        CompletableFuture<Integer> one = relay.sendPending(1000).subscribeAsCompletionStage();
        CompletableFuture<Integer> two = relay.sendPending(1000).subscribeAsCompletionStage();
        one.get();
        two.get();

        // two relays may deliver in either order: by subject
        List<MimeMessage> mine = mailsTo(email).stream().sorted(java.util.Comparator.comparing(MailTest::order)).toList();
        assertEquals(List.of("We hebben je kandidatuur voor Werkvloerbegeleider goed ontvangen",
                        "Je bent toegelaten tot de selectieprocedure voor Werkvloerbegeleider",
                        "Resultaat van je selectieproef voor Werkvloerbegeleider",
                        "Je bent opgenomen in de reserve voor Werkvloerbegeleider"),
                mine.stream().map(MailTest::subject).toList());
        String receipt = GreenMailUtil.getBody(mine.get(0));
        assertTrue(receipt.contains("Beste An"), receipt);
        assertTrue(receipt.contains("token=" + token), "the receipt carries the secret link");
        assertTrue(GreenMailUtil.getBody(mine.get(2)).contains("Speedinterview: 72/100"), GreenMailUtil.getBody(mine.get(2)));
        assertTrue(GreenMailUtil.getBody(mine.get(3)).contains("geldig tot 31-12-2028"), GreenMailUtil.getBody(mine.get(3)));
        assertEquals(email, mine.get(0).getRecipients(Message.RecipientType.TO)[0].toString());
        // once sent, the body (which held the secret link) is no longer kept
        assertEquals(0L, count("SELECT count(*) FROM mail_outbox WHERE application_id = $1 AND body IS NOT NULL", id));
        assertEquals(0L, count("SELECT count(*) FROM mail_outbox WHERE application_id = $1 AND data IS NOT NULL", id));
        assertEquals(4L, count("SELECT count(*) FROM mail_outbox WHERE application_id = $1 AND state = 'SENT'", id));
    }

    @Test
    void aMailClaimedByAReplicaThatDiedMidSendIsSentOnceAfterTheClaimGoesStale() throws Exception {
        String crashed = uniqueEmail("crash");
        String alive = uniqueEmail("busy");
        String crashedId;
        String aliveId;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Teamcoach", Broker.now().plusDays(20));
            crashedId = given().contentType(ContentType.JSON).body(application(vacancy, crashed)).post("/applications")
                    .then().statusCode(201).extract().path("id");
            aliveId = given().contentType(ContentType.JSON).body(application(vacancy, alive)).post("/applications")
                    .then().statusCode(201).extract().path("id");
        }
        // one replica claimed the first receipt an hour ago and died before sending; another is sending the second now
        update("UPDATE mail_outbox SET state = 'SENDING', claimed_at = now() - interval '1 hour' WHERE application_id = $1",
                crashedId);
        update("UPDATE mail_outbox SET state = 'SENDING', claimed_at = now() WHERE application_id = $1", aliveId);

        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30));
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30)); // the "restarted" service runs again

        assertEquals(1, mailsTo(crashed).size());
        assertEquals(0, mailsTo(alive).size(), "a live claim is left to its replica");
        assertEquals(1L, count("SELECT count(*) FROM mail_outbox WHERE application_id = $1 AND state = 'SENT'", crashedId));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SmtpTestResource.smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int order(MimeMessage m) {
        String subject = subject(m);
        return subject.startsWith("We hebben") ? 0 : subject.startsWith("Je bent toegelaten") ? 1
                : subject.startsWith("Resultaat") ? 2 : 3;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, String applicationId) {
        return pool.preparedQuery(sql).execute(Tuple.of(UUID.fromString(applicationId))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private void update(String sql, String applicationId) {
        pool.preparedQuery(sql).execute(Tuple.of(UUID.fromString(applicationId))).await().atMost(Duration.ofSeconds(10));
    }
}
