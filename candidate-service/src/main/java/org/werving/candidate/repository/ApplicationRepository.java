package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.Application;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The application this (unrevoked) secret link token opens, if it is the one asked for. */
    public Uni<Application> findByToken(UUID id, String tokenHash) {
        return find("id = ?1 and accessTokenHash = ?2 and tokenRevokedAt is null", id, tokenHash).firstResult();
    }

    public Uni<Application> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }

    /** Anonymous counts per vacancy and status (erased applications included). */
    public Uni<java.util.List<Object[]>> countsByVacancyAndStatus() {
        return getSession().flatMap(session -> session
                .createQuery("select a.vacancyId, a.status, count(a), sum(case when a.erasedAt is null then 0 else 1 end)"
                        + " from Application a group by a.vacancyId, a.status order by a.vacancyId, a.status", Object[].class)
                .getResultList());
    }

    /**
     * The applications of a vacancy on its reserve of this type (null: on either). An entry recorded before
     * the reserve type was kept counts by whether the candidate is internal.
     */
    public Uni<java.util.List<Application>> inReserve(UUID vacancyId, String reserveType) {
        return reserveType == null
                ? list("vacancyId = ?1 and status = ?2 order by appliedAt", vacancyId,
                        org.werving.candidate.model.ApplicationStatus.IN_RESERVE)
                : list("vacancyId = ?1 and status = ?2 and (reserveType = ?3 or (reserveType is null and internal = ?4))"
                        + " order by appliedAt", vacancyId, org.werving.candidate.model.ApplicationStatus.IN_RESERVE,
                        reserveType, "PROMOTION".equals(reserveType));
    }

    /**
     * Applications whose retention period has ended, not yet erased: left the procedure before
     * {@code leftBefore}, or their reserve valid until a day before {@code reserveBefore}. At most {@code limit}.
     */
    public Uni<java.util.List<UUID>> dueForRetention(java.time.OffsetDateTime leftBefore, java.time.LocalDate reserveBefore,
            int limit) {
        return find("erasedAt is null and ((leftProcedureAt is not null and leftProcedureAt < ?1)"
                        + " or (reserveValidUntil is not null and reserveValidUntil < ?2))", leftBefore, reserveBefore)
                .page(0, limit).list().map(list -> list.stream().map(a -> a.id).toList());
    }

    /**
     * Marks the application erased at {@code at} unless it already is; yields 1 if this call did (the
     * replica whose UPDATE wins erases it), 0 otherwise.
     */
    public Uni<Integer> markErased(UUID id, java.time.OffsetDateTime at) {
        return getSession().flatMap(session -> session
                .createMutationQuery("update Application set erasedAt = :now where id = :id and erasedAt is null")
                .setParameter("now", at).setParameter("id", id).executeUpdate());
    }
}
