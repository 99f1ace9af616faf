package org.werving.vacancy.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyStatus;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    /** HR's list: newest first, optionally one status. */
    public Uni<List<Vacancy>> page(VacancyStatus status, int page, int size) {
        var query = status == null ? find("order by createdAt desc, id")
                : find("status = ?1 order by createdAt desc, id", status);
        return query.page(page - 1, size).list();
    }
}
