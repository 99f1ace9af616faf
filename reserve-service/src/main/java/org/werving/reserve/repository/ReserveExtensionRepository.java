package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.ReserveExtension;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ReserveExtensionRepository implements PanacheRepositoryBase<ReserveExtension, UUID> {

    public Uni<List<ReserveExtension>> listByReserve(UUID reserveId) {
        return list("reserveId = ?1 order by extendedAt", reserveId);
    }
}
