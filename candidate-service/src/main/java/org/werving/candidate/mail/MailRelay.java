package org.werving.candidate.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Sends the mail outbox over SMTP. Each mail is first claimed by a conditional UPDATE (PENDING →
 * SENDING, or a SENDING claim older than the stale period, i.e. of a replica that died mid-send):
 * the row update decides which replica sends it. Sent with a stable Message-ID
 * ({@code <mail id@werving>}), then marked SENT and its body cleared. A failed send returns the
 * row to PENDING for the next tick.
 */
@ApplicationScoped
public class MailRelay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final String from;
    private final int staleSeconds;

    public MailRelay(Pool pool, ReactiveMailer mailer, CandidateConfig config) {
        this.pool = pool;
        this.mailer = mailer;
        this.from = config.mail().from();
        this.staleSeconds = config.mail().staleClaimSeconds();
    }

    @Scheduled(every = "${werving.mail.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return sendPending(20).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("mail relay: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends up to {@code max} mails, one claim at a time; yields how many this call sent. */
    public Uni<Integer> sendPending(int max) {
        return sendNext().flatMap(sent -> !sent ? Uni.createFrom().item(0)
                : max <= 1 ? Uni.createFrom().item(1) : sendPending(max - 1).map(n -> n + 1));
    }

    private Uni<Boolean> sendNext() {
        return claim().flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(false);
            }
            Row row = rows.iterator().next();
            UUID id = row.getUUID("id");
            Mail mail = Mail.withText(row.getString("recipient"), row.getString("subject"), row.getString("body"))
                    .setFrom(from)
                    .addHeader("Message-ID", "<" + id + "@werving>");
            String ics = row.getString("ics");
            if (ics != null) {
                mail.addAttachment("afspraak.ics", ics.getBytes(StandardCharsets.UTF_8),
                        "text/calendar; method=" + Ics.methodOf(ics));
            }
            return mailer.send(mail)
                    .flatMap(v -> pool.preparedQuery("UPDATE mail_outbox SET state = 'SENT', sent_at = now(), body = NULL,"
                            + " ics = NULL WHERE id = $1 AND state = 'SENDING'").execute(Tuple.of(id)))
                    .replaceWith(true)
                    .onFailure().call(e -> pool.preparedQuery("UPDATE mail_outbox SET state = 'PENDING', last_error = $2"
                            + " WHERE id = $1 AND state = 'SENDING'").execute(Tuple.of(id, String.valueOf(e.getMessage()))));
        });
    }

    /** One mail for this replica: the row update decides who wins. */
    private Uni<RowSet<Row>> claim() {
        return pool.preparedQuery("UPDATE mail_outbox SET state = 'SENDING', claimed_at = now(), attempts = attempts + 1"
                + " WHERE (state = 'PENDING' OR (state = 'SENDING' AND claimed_at < now() - make_interval(secs => $1)))"
                + " AND id = (SELECT id FROM mail_outbox WHERE state = 'PENDING'"
                + "   OR (state = 'SENDING' AND claimed_at < now() - make_interval(secs => $1))"
                + "   ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, recipient, subject, body, ics").execute(Tuple.of(staleSeconds));
    }
}
