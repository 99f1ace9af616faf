package org.werving.candidate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.mail.MailMessage;
import org.werving.candidate.messaging.out.CandidateDataErased;
import org.werving.candidate.model.Application;
import org.werving.candidate.repository.ApplicationRepository;
import org.werving.candidate.repository.DocumentRepository;
import org.werving.chassis.messaging.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Erasing a candidate's personal data: on their request (through {@link SelfService}) or when retention ends. */
@ApplicationScoped
public class Erasure {
    /** At most this many applications per retention pass. */
    static final int RETENTION_BATCH = 100;

    private final ApplicationRepository applications;
    private final DocumentRepository documents;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public Erasure(ApplicationRepository applications, DocumentRepository documents, Outbox outbox) {
        this.applications = applications;
        this.documents = documents;
        this.outbox = outbox;
    }

    /**
     * Blanks the personal data, deletes the documents and the mails, revokes the token and publishes
     * CandidateDataErased. Status, vacancy, dates and the admission facts stay: anonymous counts.
     * Runs inside the caller's transaction.
     */
    Uni<Void> erase(Application a, OffsetDateTime now, String reason) {
        a.erasePersonalData(now);
        return documents.deleteFor(a.id)
                .flatMap(n -> MailMessage.delete("applicationId", a.id))
                .flatMap(n -> outbox.record(Applying.AGGREGATE, a.id, CandidateDataErased.TYPE,
                        new CandidateDataErased(a.id, a.vacancyId, now, reason), now))
                .replaceWithVoid();
    }

    /**
     * Retention: erases one application whose period has ended. The conditional UPDATE decides which
     * replica does it (the second finds erased_at set and does nothing): one erasure, one event.
     * Yields whether this call erased it.
     */
    @WithTransaction
    public Uni<Boolean> eraseForRetention(UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return applications.markErased(id, now)
                .flatMap(updated -> updated == 0 ? Uni.createFrom().item(false)
                        : applications.findById(id).call(a -> applications.getSession().flatMap(s -> s.refresh(a)))
                                .flatMap(a -> erase(a, now, "RETENTION")).replaceWith(true));
    }

    /** Applications whose retention period has ended: left the procedure, or the reserve expired, long enough ago. */
    @WithSession
    public Uni<List<UUID>> dueForRetention(int daysAfterLeaving, int daysAfterReserve) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return applications.dueForRetention(now.minusDays(daysAfterLeaving), now.toLocalDate().minusDays(daysAfterReserve),
                RETENTION_BATCH);
    }
}
