package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class CandidacyRepository implements PanacheRepositoryBase<Candidacy, UUID> {

    public Uni<List<Candidacy>> listByVacancy(UUID vacancyId) {
        return list("vacancyId = ?1 order by receivedAt, applicationId", vacancyId);
    }

    public Uni<List<Candidacy>> awaitingVacancy(UUID vacancyId) {
        return list("vacancyId = ?1 and status = ?2 order by receivedAt, applicationId", vacancyId,
                CandidacyStatus.AWAITING_VACANCY);
    }
}
