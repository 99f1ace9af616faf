package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.ProcedureAudit;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ProcedureAuditRepository implements PanacheRepositoryBase<ProcedureAudit, UUID> {

    public Uni<List<ProcedureAudit>> ofProcedure(UUID vacancyId) {
        return list("vacancyId = ?1 order by seq", vacancyId);
    }
}
