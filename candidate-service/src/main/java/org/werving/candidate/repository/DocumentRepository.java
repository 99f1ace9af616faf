package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.ApplicationDocument;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DocumentRepository implements PanacheRepositoryBase<ApplicationDocument, UUID> {

    /** An application's documents, without loading their content twice. */
    public Uni<List<ApplicationDocument>> listFor(UUID applicationId) {
        return list("applicationId = ?1 order by kind", applicationId);
    }

    public Uni<ApplicationDocument> findFor(UUID applicationId, UUID documentId) {
        return find("applicationId = ?1 and id = ?2", applicationId, documentId).firstResult();
    }

    public Uni<Long> deleteFor(UUID applicationId) {
        return delete("applicationId = ?1", applicationId);
    }
}
