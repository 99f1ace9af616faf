package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.ReserveVacancy;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class ReserveVacancyRepository implements PanacheRepositoryBase<ReserveVacancy, UUID> {
}
