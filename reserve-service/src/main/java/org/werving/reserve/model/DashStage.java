package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One application in one stage: entered, decided (passed or not) and the hours in between. */
@Entity
@Table(name = "dash_stage")
public class DashStage extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "stage_order")
    public int stageOrder;
    @Column(name = "applied_on")
    public LocalDate appliedOn;
    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public Boolean passed;
    public Double hours;

    /** The application entered the stage at {@code at} (null: not known, e.g. a result without its start). */
    public static DashStage entered(DashApplication application, int stageOrder, OffsetDateTime at) {
        DashStage stage = new DashStage();
        stage.id = UUID.randomUUID();
        stage.applicationId = application.applicationId;
        stage.vacancyId = application.vacancyId;
        stage.appliedOn = application.appliedOn;
        stage.stageOrder = stageOrder;
        stage.enteredAt = at;
        return stage;
    }

    /** The stage's result became final for the candidate. */
    public void decide(OffsetDateTime at, boolean passed) {
        this.decidedAt = at;
        this.passed = passed;
        this.hours = enteredAt == null || at == null ? null : Duration.between(enteredAt, at).toSeconds() / 3600.0;
    }

    /** A cut by the top-N after the result was recorded (events without an outcome). */
    public void eliminate() {
        passed = false;
    }

    public boolean decided() {
        return decidedAt != null;
    }
}
