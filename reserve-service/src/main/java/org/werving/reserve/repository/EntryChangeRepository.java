package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.EntryChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class EntryChangeRepository implements PanacheRepositoryBase<EntryChange, UUID> {

    public Uni<List<EntryChange>> listByEntry(UUID entryId) {
        return list("entryId = ?1 order by changedAt, id", entryId);
    }
}
