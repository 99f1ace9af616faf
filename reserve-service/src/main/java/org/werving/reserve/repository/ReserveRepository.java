package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveState;
import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ReserveRepository implements PanacheRepositoryBase<Reserve, UUID> {

    public Uni<Reserve> findByVacancyAndType(UUID vacancyId, ReserveType type) {
        return find("vacancyId = ?1 and reserveType = ?2", vacancyId, type).firstResult();
    }

    public Uni<List<Reserve>> listByVacancy(UUID vacancyId) {
        return list("vacancyId", vacancyId);
    }

    /** Reserves that are still valid on the given day. */
    public Uni<List<Reserve>> listActive(LocalDate today) {
        return list("state = ?1 and validUntil >= ?2 order by validUntil, id", ReserveState.ACTIVE, today);
    }
}
