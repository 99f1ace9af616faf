package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One application as the dashboard counts it. Its events come from three topics in any order, so every
 * change only fills in what it knows; the time to hire is worked out once both ends are known.
 */
@Entity
@Table(name = "dash_application")
public class DashApplication extends PanacheEntityBase {
    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Column(name = "applied_on")
    public LocalDate appliedOn;
    public Boolean internal;
    public boolean admitted;
    @Column(name = "admitted_at")
    public OffsetDateTime admittedAt;
    @Enumerated(EnumType.STRING)
    public AdmissionRoute route;
    @Column(name = "capacity_test_required")
    public boolean capacityTestRequired;
    @Column(name = "capacity_test_taken")
    public boolean capacityTestTaken;
    @Column(name = "capacity_test_passed")
    public boolean capacityTestPassed;
    @Column(name = "reserve_at")
    public OffsetDateTime reserveAt;
    @Column(name = "appointed_at")
    public OffsetDateTime appointedAt;
    @Column(name = "hire_days")
    public Double hireDays;

    public static DashApplication of(UUID applicationId, UUID vacancyId) {
        DashApplication application = new DashApplication();
        application.applicationId = applicationId;
        application.vacancyId = vacancyId;
        return application;
    }

    /** CandidateApplied: the period (the city's date of the application) and whether the candidate is staff. */
    public void applied(OffsetDateTime at, Boolean internal, ZoneId zone) {
        this.appliedAt = at;
        this.appliedOn = at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
        this.internal = internal;
        hireDays = days(appliedAt, appointedAt);
    }

    /** ScreeningPassed (also HR's override after a refusal): admitted, through that route. */
    public void admit(OffsetDateTime at, AdmissionRoute route, boolean capacityTestRequired) {
        if (!admitted) {
            admittedAt = at;
        }
        admitted = true;
        this.route = route;
        this.capacityTestRequired = capacityTestRequired;
    }

    /** ScreeningFailed: not (or no longer) admitted. */
    public void refuse() {
        admitted = false;
        admittedAt = null;
        route = null;
    }

    public void capacityTest(boolean passed) {
        capacityTestTaken = true;
        capacityTestPassed = passed;
    }

    /** Whether the candidate goes into the first stage on admission (no capacity test first). */
    public boolean entersFirstStageOnAdmission() {
        return admitted && !capacityTestRequired;
    }

    /** This service put the application on a reserve. */
    public void placedOnReserve(OffsetDateTime at) {
        if (reserveAt == null) {
            reserveAt = at;
        }
    }

    /** The first appointment from the reserve (permanent or temporary) is the hire. */
    public void appointed(OffsetDateTime at) {
        if (appointedAt == null || at.isBefore(appointedAt)) {
            appointedAt = at;
        }
        hireDays = days(appliedAt, appointedAt);
    }

    private static Double days(OffsetDateTime from, OffsetDateTime to) {
        return from == null || to == null ? null : Duration.between(from, to).toSeconds() / 86_400.0;
    }
}
