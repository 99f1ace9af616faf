package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.MemberScore;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class MemberScoreRepository implements PanacheRepositoryBase<MemberScore, UUID> {

    public Uni<List<MemberScore>> ofStage(UUID vacancyId, int stageOrder) {
        return list("vacancyId = ?1 and stageOrder = ?2 order by applicationId, member, component, competency", vacancyId,
                stageOrder);
    }

    public Uni<List<MemberScore>> ofProcedure(UUID vacancyId) {
        return list("vacancyId = ?1 order by stageOrder, applicationId, member, component, competency", vacancyId);
    }

    public Uni<List<MemberScore>> ofMember(UUID applicationId, int stageOrder, String member) {
        return list("applicationId = ?1 and stageOrder = ?2 and member = ?3 order by component, competency",
                applicationId, stageOrder, member);
    }
}
