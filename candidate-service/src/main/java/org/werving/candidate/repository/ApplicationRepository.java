package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.Application;

import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** Whether this e-mail address (case-insensitive) already applied to this vacancy. */
    public Uni<Boolean> existsFor(UUID vacancyId, String email) {
        return count("vacancyId = ?1 and lower(email) = ?2", vacancyId, email.toLowerCase(Locale.ROOT))
                .map(n -> n > 0);
    }
}
