package org.werving.candidate.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.model.DecisionLetter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the mail outbox over SMTP (issues 11, 13). A batch of mails is claimed in one statement (PENDING, or a
 * SENDING claim older than the stale period, i.e. of a replica that died mid-send, → SENDING; FOR UPDATE SKIP
 * LOCKED, so two relays never claim the same row), sent concurrently (at most {@code concurrency} at once; the mails
 * of one application one after the other, in the order they were written), then the sent ones are marked SENT in one
 * statement (body cleared) and the failed ones returned to PENDING in another. Batches follow each other while they
 * come back full. Each mail has a stable Message-ID ({@code <mail id@werving>}); a decision mail carries its decision
 * letter as PDF, rendered when it is sent ({@link LetterDocuments}).
 * <p>
 * A mail that went out over SMTP is never sent again: its id is kept in memory until the mark has succeeded. The
 * mark is retried with back-off ({@code mark-patience}, far within the stale period); if the database is still away
 * after that, the ids wait and every later drain marks them first and claims nothing before it could.
 * <p>
 * Woken every {@code werving.mail.interval} (a short interval: a queued mail leaves within about that time).
 */
@ApplicationScoped
public class MailRelay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final Vertx vertx;
    private final CandidateConfig.Mail config;
    private final LetterDocuments letters;
    private final MailTemplates templates;
    private final Set<UUID> unmarked = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile long timer = -1;

    public MailRelay(Pool pool, ReactiveMailer mailer, Vertx vertx, CandidateConfig config, LetterDocuments letters,
            MailTemplates templates) {
        this.pool = pool;
        this.templates = templates;
        this.letters = letters;
        this.mailer = mailer;
        this.vertx = vertx;
        this.config = config.mail();
    }

    void start(@Observes StartupEvent startup) {
        interval(config.interval()).ifPresent(every -> timer = vertx.setPeriodic(every.toMillis(), id -> signal()));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** {@code off}, or a duration such as {@code 200ms}, {@code 1s} or {@code PT0.5S}. */
    static Optional<Duration> interval(String value) {
        String v = value == null ? "off" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("disabled") || v.isEmpty()) {
            return Optional.empty();
        }
        if (v.startsWith("pt")) {
            return Optional.of(Duration.parse(v));
        }
        if (v.endsWith("ms")) {
            return Optional.of(Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))));
        }
        return Optional.of(Duration.parse("PT" + v));
    }

    /** Asks for a drain: starts one, or makes the running one go round once more. */
    public void signal() {
        again.set(true);
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        sendPending(Integer.MAX_VALUE).subscribe().with(sent -> drained(), failure -> {
            LOG.warnf("mail relay: %s (will retry)", failure.getMessage());
            draining.set(false);
        });
    }

    private void drained() {
        draining.set(false);
        if (again.get()) {
            signal();
        }
    }

    /** Sends up to {@code max} mails, batch after batch while they come back full; yields how many this call sent. */
    public Uni<Integer> sendPending(int max) {
        AtomicInteger sent = new AtomicInteger();
        return markUnmarked().onItem().transformToMulti(ignored -> Uni.createFrom()
                        .deferred(() -> sendBatch(Math.min(config.batchSize(), max - sent.get())))
                        .repeat().whilst(batch -> sent.addAndGet(batch.sent()) < max && batch.full()
                                && batch.sent() == batch.claimed())) // SMTP failing: wait for the next drain
                .collect().last().map(last -> sent.get());
    }

    /** How many mails of one batch were claimed, and how many of them went out. */
    record Batch(int claimed, int sent, boolean full) {
    }

    /** A mail's send: sent, or the reason it was not. */
    record Outcome(UUID id, String error) {
    }

    private Uni<Batch> sendBatch(int size) {
        if (size <= 0) {
            return Uni.createFrom().item(new Batch(0, 0, false));
        }
        return claim(size).flatMap(claimed -> claimed.isEmpty() ? Uni.createFrom().item(new Batch(0, 0, false))
                : attachments(claimed).flatMap(pdfs -> sendAll(claimed, pdfs)).flatMap(this::settle)
                        .map(sent -> new Batch(claimed.size(), sent, claimed.size() == size)));
    }

    /** One statement claims the batch for this relay; the row lock decides who gets a row. */
    private Uni<List<Row>> claim(int size) {
        return pool.preparedQuery("UPDATE mail_outbox m SET state = 'SENDING', claimed_at = now(), attempts = m.attempts + 1"
                        + " FROM (SELECT id FROM mail_outbox WHERE state = 'PENDING'"
                        + "   OR (state = 'SENDING' AND claimed_at < now() - make_interval(secs => $1))"
                        + "   ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED) c" // re-checked on the locked row
                        + " WHERE m.id = c.id RETURNING m.id, m.seq, m.application_id, m.recipient, m.subject, m.body, m.ics,"
                        + " m.letter_id, m.kind, m.data")
                .execute(Tuple.of(config.staleClaimSeconds(), size))
                .map(rows -> {
                    List<Row> list = new ArrayList<>();
                    rows.forEach(list::add);
                    list.sort(Comparator.comparingLong(row -> row.getLong("seq")));
                    return list;
                });
    }

    /**
     * The decision letters the batch's mails carry, as PDF by letter id, rendered now (off the event loop) from what
     * holds now: one query for the batch. A letter no longer there (erased) is left out.
     */
    private Uni<Map<UUID, LetterDocuments.Document>> attachments(List<Row> claimed) {
        UUID[] ids = claimed.stream().map(row -> row.getUUID("letter_id")).filter(Objects::nonNull)
                .distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("SELECT l.id, l.kind, l.decided_at, l.decision, l.scores, l.withdrawn_at, a.first_name,"
                        + " v.title FROM decision_letter l JOIN application a ON a.id = l.application_id"
                        + " LEFT JOIN vacancy v ON v.id = a.vacancy_id WHERE l.id = ANY($1)")
                .execute(Tuple.of(ids))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(rows -> {
                    Map<UUID, LetterDocuments.Document> pdfs = new HashMap<>();
                    rows.forEach(row -> pdfs.put(row.getUUID("id"),
                            letters.render(letter(row), row.getString("first_name"), row.getString("title"))));
                    return pdfs;
                });
    }

    private static DecisionLetter letter(Row row) {
        DecisionLetter letter = new DecisionLetter();
        letter.id = row.getUUID("id");
        letter.kind = DecisionLetter.Kind.valueOf(row.getString("kind"));
        letter.decidedAt = row.getOffsetDateTime("decided_at");
        letter.decision = row.getString("decision");
        letter.scores = row.getString("scores");
        letter.withdrawnAt = row.getOffsetDateTime("withdrawn_at");
        return letter;
    }

    /** Sends the batch: the applications concurrently (bounded), each application's mails in order. */
    private Uni<List<Outcome>> sendAll(List<Row> claimed, Map<UUID, LetterDocuments.Document> pdfs) {
        Map<UUID, List<Row>> perApplication = new LinkedHashMap<>();
        claimed.forEach(row -> perApplication.computeIfAbsent(row.getUUID("application_id"), k -> new ArrayList<>()).add(row));
        return Multi.createFrom().iterable(perApplication.values())
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows).onItem()
                        .transformToUniAndConcatenate(row -> send(row, row.getUUID("letter_id") == null ? null
                                : pdfs.get(row.getUUID("letter_id")))))
                .merge(config.concurrency())
                .collect().asList();
    }

    private Uni<Outcome> send(Row row, LetterDocuments.Document letter) {
        UUID id = row.getUUID("id");
        MailTemplates.Rendered text;
        try {
            text = rendered(row);
        } catch (RuntimeException e) { // a template that cannot be filled in: logged, and tried again later
            return Uni.createFrom().item(new Outcome(id, "not rendered: " + e.getMessage()));
        }
        Mail mail = Mail.withText(row.getString("recipient"), text.subject(), text.body())
                .setFrom(config.from())
                .addHeader("Message-ID", "<" + id + "@werving>");
        String ics = row.getString("ics");
        if (ics != null) {
            mail.addAttachment("afspraak.ics", ics.getBytes(StandardCharsets.UTF_8), "text/calendar; method=" + Ics.methodOf(ics));
        }
        if (letter != null) {
            mail.addAttachment(letter.fileName(), letter.pdf(), "application/pdf");
        }
        return mailer.send(mail).replaceWith(new Outcome(id, null))
                .onFailure().recoverWithItem(e -> new Outcome(id, String.valueOf(e.getMessage())));
    }

    /** The mail in words: rendered now from its kind and values, or as it was stored by an earlier version. */
    private MailTemplates.Rendered rendered(Row row) {
        String data = row.getString("data");
        return data == null ? new MailTemplates.Rendered(row.getString("subject"), row.getString("body"))
                : templates.render(row.getString("kind"), new JsonObject(data).getMap());
    }

    /** Marks what went out (kept until the mark succeeds) and gives back what did not; yields how many went out. */
    private Uni<Integer> settle(List<Outcome> outcomes) {
        List<UUID> sent = outcomes.stream().filter(o -> o.error() == null).map(Outcome::id).toList();
        List<Outcome> failed = outcomes.stream().filter(o -> o.error() != null).toList();
        unmarked.addAll(sent);
        return markUnmarked().flatMap(v -> release(failed)).replaceWith(sent.size());
    }

    /**
     * Marks every mail that went out but is not marked yet, in one statement, retried with back-off; fails (ids kept)
     * when the database stays away longer than the mark patience.
     */
    private Uni<Void> markUnmarked() {
        if (unmarked.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = unmarked.toArray(UUID[]::new);
        return pool.preparedQuery("UPDATE mail_outbox SET state = 'SENT', sent_at = now(), body = NULL, data = NULL, ics = NULL"
                        + " WHERE id = ANY($1) AND state = 'SENDING'").execute(Tuple.of(ids))
                .onFailure().invoke(e -> LOG.warnf("mail relay: %d sent mails not marked yet (%s); retrying", ids.length,
                        e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(2))
                .expireIn(config.markPatience().toMillis())
                .invoke(() -> List.of(ids).forEach(unmarked::remove))
                .replaceWithVoid();
    }

    /** Mails that did not go out wait for the next drain (a failure here: the claim goes stale and is taken again). */
    private Uni<Void> release(List<Outcome> failed) {
        if (failed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        failed.forEach(o -> LOG.warnf("mail %s not sent: %s", o.id(), o.error()));
        return pool.preparedQuery("UPDATE mail_outbox m SET state = 'PENDING', last_error = f.error"
                        + " FROM unnest($1::uuid[], $2::text[]) AS f(id, error) WHERE m.id = f.id AND m.state = 'SENDING'")
                .execute(Tuple.of(failed.stream().map(Outcome::id).toArray(UUID[]::new),
                        failed.stream().map(Outcome::error).toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** How many mails went out and wait for their mark (a database away): none, normally. */
    public int awaitingMark() {
        return unmarked.size();
    }
}
