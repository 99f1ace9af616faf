package org.werving.candidate.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;
import org.werving.chassis.metrics.Backlog;

/**
 * {@code werving_mail_backlog} and {@code werving_mail_oldest_age_seconds} (issue 16): mails to candidates queued but
 * not yet sent (pending, or claimed by a relay). A growing age means the relay cannot send (SMTP or the database
 * away) or does not keep pace with intake. Read on the chassis' backlog timer, never by a scrape.
 */
@Singleton
public class MailBacklog extends Backlog {
    public MailBacklog(MeterRegistry registry, Pool pool) {
        super(registry, pool, "werving.mail", "Mails to candidates not yet sent",
                query("mail_outbox", "created_at", "state <> 'SENT'"));
    }
}
