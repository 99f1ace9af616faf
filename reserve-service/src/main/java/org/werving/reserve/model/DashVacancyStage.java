package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The name of one stage of a vacancy, for the dashboard. */
@Entity
@Table(name = "dash_vacancy_stage")
public class DashVacancyStage extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "stage_order")
    public int stageOrder;
    public String name;

    public static DashVacancyStage of(UUID vacancyId, int stageOrder, String name) {
        DashVacancyStage stage = new DashVacancyStage();
        stage.id = UUID.randomUUID();
        stage.vacancyId = vacancyId;
        stage.stageOrder = stageOrder;
        stage.name = name;
        return stage;
    }
}
