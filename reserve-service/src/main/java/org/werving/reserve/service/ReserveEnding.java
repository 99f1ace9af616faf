package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.problem.ProblemException;
import org.werving.reserve.messaging.out.ReserveEnded;
import org.werving.reserve.model.Reserve;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * HR ends a reserve before its validity runs out, by a decision (reference and date) with a written
 * motivation: the reserve becomes ENDED from today, nobody is appointed from it any more, and
 * ReserveEnded tells the laureates. Recorded once, with who and when; an expired or ended reserve
 * cannot end (409).
 */
@ApplicationScoped
public class ReserveEnding {
    private final ReserveLookups lookups;
    private final Outbox outbox;
    private final CityClock clock;

    public ReserveEnding(ReserveLookups lookups, Outbox outbox, CityClock clock) {
        this.lookups = lookups;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The decision that ends a reserve: why, and its reference and date. */
    public record Decision(String reason, String decisionReference, LocalDate decisionDate) {
    }

    @WithTransaction
    public Uni<Reserve> end(UUID reserveId, Decision decision, String subject) {
        LocalDate today = clock.today();
        if (decision.decisionDate().isAfter(today)) {
            throw ProblemException.invalid("decisionDate", "must not be in the future");
        }
        // locked: an ending racing an extension or an appointment is applied before or after it, never between
        return lookups.requireReserveForUpdate(reserveId).flatMap(reserve -> {
            ReserveLookups.requireValid(reserve, today);
            OffsetDateTime now = clock.now();
            reserve.end(today, now, subject, decision.reason().trim(), decision.decisionReference().trim(),
                    decision.decisionDate());
            return outbox.record(ReserveLookups.RESERVE_AGGREGATE, reserve.id, "ReserveEnded",
                    new ReserveEnded(reserve.id, reserve.vacancyId, reserve.reserveType, today, reserve.validUntil,
                            reserve.endReason, reserve.endDecisionReference, decision.decisionDate(), now))
                    .replaceWith(reserve);
        });
    }
}
