package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.ReserveEntry;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ReserveEntryRepository implements PanacheRepositoryBase<ReserveEntry, UUID> {

    public Uni<ReserveEntry> findByApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResult();
    }

    /** The entry of an application, locked for this transaction (SELECT ... FOR UPDATE); null when none. */
    public Uni<ReserveEntry> findByApplicationForUpdate(UUID applicationId) {
        return find("applicationId", applicationId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Unordered: the ranking is done by {@link org.werving.reserve.model.ReserveRanking}. */
    public Uni<List<ReserveEntry>> listByVacancy(UUID vacancyId) {
        return list("vacancyId", vacancyId);
    }

    public Uni<List<ReserveEntry>> listByReserve(UUID reserveId) {
        return list("reserveId", reserveId);
    }

    /** Entries follow their reserve's validity. */
    public Uni<Integer> setValidUntil(UUID reserveId, java.time.LocalDate validUntil) {
        return update("validUntil = ?1 where reserveId = ?2", validUntil, reserveId);
    }
}
