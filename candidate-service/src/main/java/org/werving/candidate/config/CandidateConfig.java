package org.werving.candidate.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * candidate-service's own settings (docs/operations.md), read once at start-up and checked there:
 * a value of the wrong type stops the service instead of failing on first use.
 * The schedule {@code werving.retention.interval} is listed here too, but read by the scheduler's own
 * expression; the mail relay reads {@code werving.mail.interval} itself (its own timer, shorter than a second).
 */
@ConfigMapping(prefix = "werving")
public interface CandidateConfig {
    Documents documents();

    RateLimit rateLimit();

    Mail mail();

    Portal portal();

    Retention retention();

    Letters letters();

    interface Documents {
        /** The largest CV or motivation letter accepted, in bytes (10 MB). */
        @WithDefault("10485760")
        long maxBytes();
    }

    /** Fixed windows per client address, per replica. */
    interface RateLimit {
        /** Applying: requests per window. */
        Apply apply();

        /** Self-service with the secret link token: requests per window. */
        Token token();

        @WithDefault("60")
        int windowSeconds();

        interface Apply {
            @WithDefault("10")
            int perWindow();
        }

        interface Token {
            @WithDefault("60")
            int perWindow();
        }
    }

    interface Mail {
        /** The sender of every mail to candidates (also the organiser of the .ics invitations). */
        @WithDefault("selectie@werving.example")
        String from();

        /** A mail claimed by a relay that did not finish it is claimed again after this many seconds. */
        @WithDefault("300")
        int staleClaimSeconds();

        /** How often the relay looks for pending mails (a duration such as {@code 250ms}, or {@code off}). */
        @WithDefault("250ms")
        String interval();

        /** How many mails the relay claims in one statement. */
        @WithDefault("50")
        int batchSize();

        /** How many mails the relay sends at once (the mails of one application one after the other). */
        @WithDefault("8")
        int concurrency();

        /**
         * How long the relay retries marking mails it sent while the database is away before it waits for the next
         * drain (the ids are kept: a sent mail is never claimed again); well within the stale claim period.
         */
        @WithDefault("60s")
        Duration markPatience();
    }

    interface Portal {
        /** The candidate's self-service page; the receipt mail links to it with the application and its token. */
        @WithDefault("http://localhost:8082/self-service")
        String selfServiceUrl();
    }

    /** The decision letters (PDF): who signs them and how to appeal. */
    interface Letters {
        /** The appeal notice printed on every decision letter: the period and the body to appeal to. */
        @WithDefault("Ben je het niet eens met deze beslissing? Dan kan je binnen dertig kalenderdagen na de datum "
                + "van deze brief een gemotiveerd bezwaar indienen bij het college van burgemeester en schepenen, "
                + "schriftelijk aan het Stadhuis of per mail aan selectie@werving.example. Vermeld de vacature en je "
                + "kandidatuur. Op afspraak kan je je selectiedossier inkijken.")
        String appealNotice();

        /** The sender of the letters. */
        @WithDefault("Stad en OCMW, dienst Selectie en Rekrutering")
        String sender();
    }

    interface Retention {
        /** Personal data is erased this many days after the candidate left the procedure. */
        @WithDefault("365")
        int daysAfterLeaving();

        /** ... and this many days after their reserve entry expired or ended. */
        @WithDefault("365")
        int daysAfterReserve();

        /** How often the retention job runs (a duration, or {@code off}); read by its schedule. */
        @WithDefault("1h")
        String interval();
    }
}
