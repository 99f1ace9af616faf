package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.StageClosure;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class StageClosureRepository implements PanacheRepositoryBase<StageClosure, StageClosure.Key> {

    public Uni<java.util.List<StageClosure>> ofProcedure(UUID vacancyId) {
        return list("vacancyId = ?1 order by stageOrder", vacancyId);
    }

    public Uni<StageClosure> find(UUID vacancyId, int stageOrder) {
        return findById(new StageClosure.Key(vacancyId, stageOrder));
    }
}
