package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.TimelineEntry;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /** An application's timeline, oldest first. */
    public Uni<List<TimelineEntry>> listFor(UUID applicationId) {
        return list("applicationId = ?1 order by at, recordedAt", applicationId);
    }
}
