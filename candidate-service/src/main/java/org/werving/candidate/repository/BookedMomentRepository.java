package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.BookedMoment;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class BookedMomentRepository implements PanacheRepositoryBase<BookedMoment, BookedMoment.Key> {

    /** The moments an application holds, by stage. */
    public Uni<List<BookedMoment>> listFor(UUID applicationId) {
        return list("applicationId = ?1 order by stageOrder", applicationId);
    }

    public Uni<BookedMoment> of(UUID applicationId, int stageOrder) {
        return findById(new BookedMoment.Key(applicationId, stageOrder));
    }

    /** Forgets the moment of a stage, but only if it is still {@code slotId} (a later booking stays). */
    public Uni<Long> release(UUID applicationId, int stageOrder, UUID slotId) {
        return delete("applicationId = ?1 and stageOrder = ?2 and slotId = ?3", applicationId, stageOrder, slotId);
    }
}
