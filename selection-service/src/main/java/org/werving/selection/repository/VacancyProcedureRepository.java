package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.VacancyProcedure;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class VacancyProcedureRepository implements PanacheRepositoryBase<VacancyProcedure, UUID> {
    /** Advisory-lock namespace ("SEL") for per-vacancy locks; the two-key space never meets the one-key space. */
    private static final int LOCK_SPACE = 0x53454C;

    /**
     * Serialises the transactions that touch one vacancy's procedure until the current
     * transaction ends: a CandidateApplied and the VacancyPublished it waits for arrive on
     * different topics and may be applied at the same moment; with the lock, one of them always
     * sees the other's committed result, so no candidacy is left waiting for a known vacancy.
     */
    public Uni<Void> lockForUpdate(UUID vacancyId) {
        return getSession().flatMap(session -> session
                .createNativeQuery("select true from pg_advisory_xact_lock(:space, :key)", Boolean.class)
                .setParameter("space", LOCK_SPACE)
                .setParameter("key", vacancyId.hashCode())
                .getSingleResult())
                .replaceWithVoid();
    }
}
