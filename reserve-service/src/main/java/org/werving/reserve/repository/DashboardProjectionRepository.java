package org.werving.reserve.repository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.DashApplication;
import org.werving.reserve.model.DashStage;
import org.werving.reserve.model.DashVacancy;
import org.werving.reserve.model.DashVacancyStage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The dashboard's read model as the event handlers write it (within the inbox's transaction). */
@ApplicationScoped
@WithSession
public class DashboardProjectionRepository {

    public Uni<DashVacancy> vacancy(UUID vacancyId) {
        return DashVacancy.findById(vacancyId);
    }

    public Uni<DashVacancyStage> stageName(UUID vacancyId, int stageOrder) {
        return DashVacancyStage.find("vacancyId = ?1 and stageOrder = ?2", vacancyId, stageOrder).firstResult();
    }

    /** The application's row, created (with just its ids) when this is the first event about it. */
    public Uni<DashApplication> application(UUID applicationId, UUID vacancyId) {
        return DashApplication.<DashApplication>findById(applicationId).flatMap(found -> found != null
                ? Uni.createFrom().item(found)
                : DashApplication.of(applicationId, vacancyId).<DashApplication>persist());
    }

    /** The application's stages, in stage order. */
    public Uni<List<DashStage>> stages(UUID applicationId) {
        return DashStage.list("applicationId = ?1 order by stageOrder", applicationId);
    }

    /** The stages follow the application's period (CandidateApplied may come after the selection's events). */
    public Uni<Integer> setAppliedOn(UUID applicationId, LocalDate appliedOn) {
        return DashStage.update("appliedOn = ?1 where applicationId = ?2", appliedOn, applicationId);
    }

    public Uni<Void> persist(Object entity) {
        return ((io.quarkus.hibernate.reactive.panache.PanacheEntityBase) entity).persist().replaceWithVoid();
    }

    public Uni<Void> delete(DashStage stage) {
        return stage.delete();
    }
}
