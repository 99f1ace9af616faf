package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.DecisionLetter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DecisionLetterRepository implements PanacheRepositoryBase<DecisionLetter, UUID> {

    /** An application's letters, oldest first. */
    public Uni<List<DecisionLetter>> listFor(UUID applicationId) {
        return list("applicationId = ?1 order by decidedAt, recordedAt", applicationId);
    }

    /** Withdraws the application's letters of {@code kind} still in force (a decision overturned on review). */
    public Uni<Integer> withdraw(UUID applicationId, DecisionLetter.Kind kind, OffsetDateTime at) {
        return update("withdrawnAt = ?1 where applicationId = ?2 and kind = ?3 and withdrawnAt is null", at,
                applicationId, kind);
    }

    public Uni<DecisionLetter> findFor(UUID applicationId, UUID letterId) {
        return find("id = ?1 and applicationId = ?2", letterId, applicationId).firstResult();
    }
}
