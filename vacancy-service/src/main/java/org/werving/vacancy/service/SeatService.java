package org.werving.vacancy.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.chassis.messaging.Outbox;
import org.werving.vacancy.messaging.out.VacancyFilled;
import org.werving.vacancy.model.VacancyAudit;
import org.werving.vacancy.repository.VacancyRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Seats: a permanent appointment fills one seat of its vacancy; when every seat is filled, a closed
 * vacancy becomes FILLED (VacancyFilled, through the outbox, in the same transaction).
 */
@ApplicationScoped
public class SeatService {
    private static final Logger LOG = Logger.getLogger(SeatService.class);
    public static final String ACTOR = "system:reserve-service";

    private final VacancyRepository vacancies;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public SeatService(VacancyRepository vacancies, Outbox outbox) {
        this.vacancies = vacancies;
        this.outbox = outbox;
    }

    /** Runs inside the caller's transaction (the consumer's inbox). An unknown vacancy is logged and ignored. */
    public Uni<Void> fillSeat(UUID vacancyId, UUID appointmentId) {
        return vacancies.findById(vacancyId).flatMap(vacancy -> {
            if (vacancy == null) {
                LOG.warnf("appointment %s for unknown vacancy %s: ignored", appointmentId, vacancyId);
                return Uni.createFrom().voidItem();
            }
            boolean lastSeat = vacancy.fillSeat(ACTOR);
            String reason = "vaste aanstelling " + appointmentId + " (" + vacancy.seatsFilled + "/" + vacancy.seats + ")";
            OffsetDateTime now = OffsetDateTime.now(clock);
            Uni<Void> audit = VacancyAudit.of(vacancyId, "SEAT_FILLED", ACTOR, now, reason, null).persist().replaceWithVoid();
            if (!lastSeat) {
                return audit;
            }
            return audit
                    .chain(() -> VacancyAudit.of(vacancyId, "FILLED", ACTOR, now, reason, null).persist())
                    .chain(() -> outbox.record(VacancyService.AGGREGATE, vacancyId, VacancyFilled.TYPE,
                            VacancyFilled.of(vacancy, now, ACTOR, "last seat filled by " + reason)));
        });
    }
}
