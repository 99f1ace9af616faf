package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.JuryMember;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class JuryMemberRepository implements PanacheRepositoryBase<JuryMember, UUID> {

    public Uni<List<JuryMember>> ofStage(UUID vacancyId, int stageOrder) {
        return list("vacancyId = ?1 and stageOrder = ?2 order by subject", vacancyId, stageOrder);
    }

    public Uni<List<JuryMember>> ofProcedure(UUID vacancyId) {
        return list("vacancyId = ?1 order by stageOrder, subject", vacancyId);
    }

    public Uni<Boolean> isMember(UUID vacancyId, int stageOrder, String subject) {
        return count("vacancyId = ?1 and stageOrder = ?2 and subject = ?3", vacancyId, stageOrder, subject)
                .map(n -> n > 0);
    }

    /** Whether the subject sits on any jury of the procedure (any stage). */
    public Uni<Boolean> isMemberOfProcedure(UUID vacancyId, String subject) {
        return count("vacancyId = ?1 and subject = ?2", vacancyId, subject).map(n -> n > 0);
    }

    public Uni<Long> deleteStage(UUID vacancyId, int stageOrder) {
        return delete("vacancyId = ?1 and stageOrder = ?2", vacancyId, stageOrder);
    }
}
