package org.werving.candidate.mail;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Mails;
import org.werving.candidate.SmtpTestResource;
import org.werving.candidate.config.CandidateConfig;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail relay against the real PostgreSQL and SMTP server (issues 11, 13): batches claimed in one statement and
 * sent concurrently, each mail once, also with two relays on one table, and a mail that went out while the
 * database could not mark it is marked when the database is back, never sent a second time.
 */
@QuarkusTest
class MailRelayTest {
    @Inject
    MailRelay relay;
    @Inject
    Pool pool;
    @Inject
    ReactiveMailer mailer;
    @Inject
    Vertx vertx;
    @Inject
    CandidateConfig config;
    @Inject
    LetterDocuments letters;
    @Inject
    MailTemplates templates;

    @Test
    void twoHundredQueuedMailsAreEachSentOnceInBatches() {
        String tag = queue(200);
        int sent = relay.sendPending(10_000).await().atMost(Duration.ofSeconds(120));
        assertTrue(sent >= 200, "more than one batch in one call: " + sent);
        assertEachSentOnce(tag, 200);
    }

    @Test
    void twoRelaysOnOneTableNeverSendAMailTwice() throws Exception {
        String tag = queue(200);
        MailRelay replica = new MailRelay(pool, mailer, vertx, config, letters, templates); // another replica, on the same table
        CompletableFuture<Integer> one = relay.sendPending(10_000).subscribeAsCompletionStage();
        CompletableFuture<Integer> two = replica.sendPending(10_000).subscribeAsCompletionStage();
        int both = one.get(120, TimeUnit.SECONDS) + two.get(120, TimeUnit.SECONDS);
        assertTrue(both >= 200, "every mail once between them: " + both);
        assertEachSentOnce(tag, 200);
    }

    @Test
    void aMailSentWhileTheDatabaseCouldNotMarkItIsMarkedLaterAndNeverSentAgain() {
        String tag = queue(1);
        String address = tag + "-0@example.org";
        blinkOnMark(address);
        try {
            // the mail goes out, the mark keeps failing for longer than the relay's patience: it keeps the id
            assertThrows(RuntimeException.class, () -> relay.sendPending(10_000).await().atMost(Duration.ofSeconds(60)));
            assertEquals(1, Mails.to(address).size());
            assertTrue(relay.awaitingMark() >= 1);
            // long enough for the claim to go stale: still the relay marks before it claims anything again
            execute("UPDATE mail_outbox SET claimed_at = now() - interval '1 hour' WHERE recipient = $1", address);
            assertThrows(RuntimeException.class, () -> relay.sendPending(10_000).await().atMost(Duration.ofSeconds(60)));
            assertEquals(1, Mails.to(address).size(), "not claimed again while its mark is outstanding");
        } finally {
            execute("DROP TRIGGER IF EXISTS blink_on_mark ON mail_outbox");
        }
        relay.sendPending(10_000).await().atMost(Duration.ofSeconds(60)); // the database is back
        assertEquals(0, relay.awaitingMark());
        assertEquals("SENT", state(address));
        relay.sendPending(10_000).await().atMost(Duration.ofSeconds(60));
        assertEquals(1, Mails.to(address).size(), "sent once");
    }

    @Test
    void aShortBlinkDuringTheMarkIsRiddenOutWithBackOff() throws Exception {
        String tag = queue(1);
        String address = tag + "-0@example.org";
        blinkOnMark(address);
        CompletableFuture<Integer> sending;
        try {
            sending = relay.sendPending(10_000).subscribeAsCompletionStage();
            await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(address).size() == 1);
            Thread.sleep(300); // a few failed marks
        } finally {
            execute("DROP TRIGGER IF EXISTS blink_on_mark ON mail_outbox");
        }
        sending.get(60, TimeUnit.SECONDS);
        assertEquals("SENT", state(address));
        relay.sendPending(10_000).await().atMost(Duration.ofSeconds(60));
        assertEquals(1, Mails.to(address).size());
    }

    @Test
    void theIntervalIsADurationOrOff() {
        assertEquals(java.util.Optional.of(Duration.ofMillis(250)), MailRelay.interval("250ms"));
        assertEquals(java.util.Optional.of(Duration.ofSeconds(1)), MailRelay.interval("1s"));
        assertEquals(java.util.Optional.of(Duration.ofMillis(500)), MailRelay.interval("PT0.5S"));
        assertEquals(java.util.Optional.empty(), MailRelay.interval("off"));
        assertEquals(java.util.Optional.empty(), MailRelay.interval(" "));
    }

    /** Queues {@code n} mails, each to its own application and address {@code <tag>-i@example.org}; yields the tag. */
    private String queue(int n) {
        String tag = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        UUID vacancy = UUID.randomUUID();
        execute("INSERT INTO vacancy (id, title, status) VALUES ($1, 'Relaistest', 'OPEN')", vacancy);
        pool.preparedQuery("INSERT INTO application (id, vacancy_id, first_name, last_name, email, internal,"
                        + " relevant_experience_months, status, applied_at)"
                        + " SELECT gen_random_uuid(), $1, 'Test', 'Relais', $2 || '-' || i || '@example.org', false, 0,"
                        + " 'RECEIVED', now() FROM generate_series(0, $3 - 1) AS i")
                .execute(Tuple.of(vacancy, tag, n)).await().atMost(Duration.ofSeconds(30));
        pool.preparedQuery("INSERT INTO mail_outbox (id, application_id, kind, recipient, subject, body, state, created_at)"
                        + " SELECT gen_random_uuid(), id, 'receipt', email, 'Relaistest ' || email, 'Beste Test', 'PENDING',"
                        + " now() FROM application WHERE vacancy_id = $1")
                .execute(Tuple.of(vacancy)).await().atMost(Duration.ofSeconds(30));
        return tag;
    }

    private static void assertEachSentOnce(String tag, int n) {
        Map<String, Long> perAddress = Arrays.stream(SmtpTestResource.smtp.getReceivedMessages())
                .map(MailRelayTest::recipient).filter(r -> r.startsWith(tag + "-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(n, perAddress.size(), "every mail arrived");
        assertEquals(Map.of(), perAddress.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "none twice");
    }

    /** From now on, marking the mail to {@code address} SENT fails as if the database were restarting. */
    private void blinkOnMark(String address) {
        execute("CREATE OR REPLACE FUNCTION blink_on_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'the database system is starting up' USING ERRCODE = '57P03'; END $$");
        execute("DROP TRIGGER IF EXISTS blink_on_mark ON mail_outbox");
        execute("CREATE TRIGGER blink_on_mark BEFORE UPDATE ON mail_outbox FOR EACH ROW WHEN (NEW.state = 'SENT'"
                + " AND NEW.recipient = '" + address.replace("'", "") + "') EXECUTE FUNCTION blink_on_mark()");
    }

    private String state(String address) {
        return pool.preparedQuery("SELECT state FROM mail_outbox WHERE recipient = $1").execute(Tuple.of(address))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
    }

    private void execute(String sql, Object... params) {
        (params.length == 0 ? pool.query(sql).execute() : pool.preparedQuery(sql).execute(Tuple.from(params)))
                .await().atMost(Duration.ofSeconds(30));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
