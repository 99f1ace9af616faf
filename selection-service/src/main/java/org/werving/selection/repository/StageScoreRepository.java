package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.StageScore;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class StageScoreRepository implements PanacheRepositoryBase<StageScore, UUID> {

    public Uni<List<StageScore>> forApplication(UUID applicationId) {
        return list("applicationId = ?1 order by stageOrder", applicationId);
    }

    public Uni<List<StageScore>> forApplications(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("applicationId in ?1 order by applicationId, stageOrder", applicationIds);
    }
}
