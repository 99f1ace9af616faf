package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.SlotBooking;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class SlotBookingRepository implements PanacheRepositoryBase<SlotBooking, UUID> {

    public Uni<SlotBooking> of(UUID applicationId, int stageOrder) {
        return find("applicationId = ?1 and stageOrder = ?2", applicationId, stageOrder).firstResult();
    }
}
