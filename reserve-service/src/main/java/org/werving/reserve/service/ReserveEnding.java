package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.reserve.messaging.ReserveEnded;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.repository.ReserveRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * HR ends a reserve before its validity runs out, by a decision (reference and date) with a written
 * motivation: the reserve becomes ENDED from today, nobody is appointed from it any more, and
 * ReserveEnded tells the laureates. Recorded once, with who and when; an expired or ended reserve
 * cannot end (409).
 */
@ApplicationScoped
public class ReserveEnding {
    private final ReserveRepository reserves;
    private final Outbox outbox;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public ReserveEnding(ReserveRepository reserves, Outbox outbox,
            @ConfigProperty(name = "werving.zone", defaultValue = "Europe/Brussels") ZoneId zone) {
        this.reserves = reserves;
        this.outbox = outbox;
        this.zone = zone;
    }

    /** The decision that ends a reserve: why, and its reference and date. */
    public record Decision(String reason, String decisionReference, LocalDate decisionDate) {
    }

    @WithTransaction
    public Uni<Reserve> end(UUID reserveId, Decision decision, String subject) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (decision.decisionDate().isAfter(today)) {
            throw ProblemException.invalid("decisionDate", "must not be in the future");
        }
        // locked: an ending racing an extension or an appointment is applied before or after it, never between
        return reserves.findById(reserveId, LockModeType.PESSIMISTIC_WRITE).flatMap(reserve -> {
            if (reserve == null) {
                throw ProblemException.notFound("reserve", reserveId);
            }
            ReserveService.requireValid(reserve, today);
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            reserve.end(today, now, subject, decision.reason().trim(), decision.decisionReference().trim(),
                    decision.decisionDate());
            return outbox.record(ReserveService.RESERVE_AGGREGATE, reserve.id, "ReserveEnded",
                    new ReserveEnded(reserve.id, reserve.vacancyId, reserve.reserveType, today, reserve.validUntil,
                            reserve.endReason, reserve.endDecisionReference, decision.decisionDate(), now))
                    .replaceWith(reserve);
        });
    }
}
