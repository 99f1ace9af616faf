package org.werving.candidate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.Vacancy;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {
}
