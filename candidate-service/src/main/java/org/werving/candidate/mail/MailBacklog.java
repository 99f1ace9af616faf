package org.werving.candidate.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.metrics.Backlog;

/**
 * {@code werving_mail_backlog} and {@code werving_mail_oldest_age_seconds} (issue 16): mails to candidates queued but
 * not yet sent (pending, or claimed by a relay). A growing age means the relay cannot send (SMTP or the database
 * away) or does not keep pace with intake. Read on a timer, never by a scrape.
 */
@ApplicationScoped
public class MailBacklog {
    private final Backlog backlog;

    public MailBacklog(MeterRegistry registry, Pool pool) {
        this.backlog = new Backlog(registry, pool, "werving.mail", "Mails to candidates not yet sent",
                "SELECT count(*), extract(epoch FROM now() - min(created_at)) FROM mail_outbox WHERE state <> 'SENT'");
    }

    @Scheduled(every = "${werving.metrics.backlog-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public Uni<Void> refresh() {
        return backlog.refresh();
    }

    public Backlog backlog() {
        return backlog;
    }
}
