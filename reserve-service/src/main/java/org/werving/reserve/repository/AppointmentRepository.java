package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.Appointment;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    public Uni<List<Appointment>> listByReserve(UUID reserveId) {
        return list("reserveId = ?1 order by appointedAt", reserveId);
    }
}
