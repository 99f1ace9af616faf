package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.problem.ProblemException;
import org.werving.reserve.messaging.out.ReserveExtended;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveExtension;
import org.werving.reserve.repository.ReserveEntryRepository;
import org.werving.reserve.repository.ReserveExtensionRepository;
import org.werving.reserve.repository.ReserveVacancyRepository;

import java.time.LocalDate;
import java.util.UUID;

/**
 * HR extends a valid reserve until a later date, by a decision (reference and date), where the vacancy's
 * reserve plan allows it: one transaction with the extension row, the entries' new validity and ReserveExtended.
 */
@ApplicationScoped
public class ReserveExtending {
    private final ReserveLookups lookups;
    private final ReserveVacancyRepository vacancies;
    private final ReserveExtensionRepository extensions;
    private final ReserveEntryRepository entries;
    private final Outbox outbox;
    private final CityClock clock;

    public ReserveExtending(ReserveLookups lookups, ReserveVacancyRepository vacancies,
            ReserveExtensionRepository extensions, ReserveEntryRepository entries, Outbox outbox, CityClock clock) {
        this.lookups = lookups;
        this.vacancies = vacancies;
        this.extensions = extensions;
        this.entries = entries;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** HR extends a reserve until a later date, by a decision (reference and date) → ReserveExtended. */
    @WithTransaction
    public Uni<Reserve> extend(UUID reserveId, String decisionReference, LocalDate decisionDate, LocalDate validUntil,
            String subject) {
        // locked: two extensions of one reserve at once are applied one after the other
        return lookups.requireReserveForUpdate(reserveId).flatMap(reserve -> {
            ReserveLookups.requireValid(reserve, clock.today());
            return vacancies.findById(reserve.vacancyId).map(vacancy -> {
                if (vacancy != null && !vacancy.reserveExtendable) {
                    throw ProblemException.conflict("reserve-not-extendable", "the reserve plan of vacancy "
                            + reserve.vacancyId + " does not allow extending its reserves");
                }
                return reserve;
            });
        }).flatMap(reserve -> {
            if (decisionDate.isAfter(clock.today())) {
                throw ProblemException.invalid("decisionDate", "must not be in the future");
            }
            if (!validUntil.isAfter(reserve.validUntil)) {
                throw ProblemException.invalid("validUntil", "must be after the current end of validity " + reserve.validUntil);
            }
            ReserveExtension extension = ReserveExtension.of(reserve, decisionReference.trim(), decisionDate, validUntil,
                    subject, clock.now());
            reserve.extendUntil(validUntil);
            return extensions.persist(extension)
                    .flatMap(ignored -> entries.setValidUntil(reserve.id, validUntil))
                    .flatMap(ignored -> outbox.record(ReserveLookups.RESERVE_AGGREGATE, reserve.id, "ReserveExtended",
                            new ReserveExtended(reserve.id, reserve.vacancyId, reserve.reserveType,
                                    extension.decisionReference, decisionDate, extension.previousValidUntil, validUntil)))
                    .replaceWith(reserve);
        });
    }
}
