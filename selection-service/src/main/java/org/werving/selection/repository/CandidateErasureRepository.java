package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.CandidateErasure;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class CandidateErasureRepository implements PanacheRepositoryBase<CandidateErasure, UUID> {
}
