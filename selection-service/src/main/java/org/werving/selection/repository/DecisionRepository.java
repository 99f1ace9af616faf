package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.Decision;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public Uni<List<Decision>> forApplication(UUID applicationId) {
        return list("applicationId = ?1 order by seq", applicationId);
    }

    public Uni<List<Decision>> forApplications(java.util.Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("applicationId in ?1 order by seq", applicationIds);
    }
}
