package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One application in one selection procedure, keyed by the candidate-service's application id. */
@Entity
@Table(name = "candidacy")
public class Candidacy {
    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    public boolean internal;
    @JdbcTypeCode(SqlTypes.JSON)
    public CandidateFacts facts;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Enumerated(EnumType.STRING)
    public CandidacyStatus status;
    /** Order of the stage the candidate is in (IN_STAGE) or ended in (ELIMINATED, PASSED). */
    @Column(name = "current_stage")
    public Integer currentStage;
    @Column(name = "capacity_test_required")
    public boolean capacityTestRequired;
    /** HR's preselection on relevant experience and motivation; null while it has not been recorded. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Preselection preselection;
    /**
     * The reserve a laureate goes to follows the track of their admission: the promotion reserve for one
     * admitted through the internal conditions, the recruitment reserve otherwise (also for staff admitted
     * through the external conditions). Without a recorded track (HR's override, older screenings): by
     * whether the candidate is internal.
     */
    public String reserveType() {
        String track = screening == null || !screening.admitted() ? null : screening.track();
        boolean promotion = track == null ? internal : AdmissionOutcome.INTERNAL.equals(track);
        return promotion ? "PROMOTION" : "RECRUITMENT";
    }

    /** The outcome of the admission screening, once screened. */
    @JdbcTypeCode(SqlTypes.JSON)
    public AdmissionOutcome screening;
    @Column(name = "capacity_test_passed")
    public Boolean capacityTestPassed;
    @Column(name = "capacity_test_score")
    public BigDecimal capacityTestScore;
    @Column(name = "capacity_test_date")
    public java.time.LocalDate capacityTestDate;
    @Column(name = "capacity_test_provider")
    public String capacityTestProvider;
    /** Motivation of the latest decision. */
    public String motivation;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** When the candidate's personal facts were erased (CandidateDataErased); null while they are kept. */
    @Column(name = "data_erased_at")
    public OffsetDateTime dataErasedAt;
    @Version
    public long version;

    /** Whether the candidate is in the given stage now. */
    public boolean isInStage(int stageOrder) {
        return status == CandidacyStatus.IN_STAGE && currentStage != null && currentStage == stageOrder;
    }

    /** The state a decision leads to, with its motivation, at {@code at}. */
    public void moveTo(CandidacyStatus next, String why, OffsetDateTime at) {
        status = next;
        motivation = why;
        updatedAt = at;
    }

    /** Goes on to the given stage (the status stays IN_STAGE). */
    public void goOnTo(int stageOrder) {
        currentStage = stageOrder;
    }

    /** Leaves the procedure before any stage result (not admitted): no stage, no capacity test. Returns the stage left. */
    public Integer leaveProcedure() {
        Integer left = currentStage;
        currentStage = null;
        capacityTestRequired = false;
        return left;
    }

    /** HR's record of the level and capacity test. */
    public void recordCapacityTest(boolean passed, BigDecimal score, java.time.LocalDate takenOn, String provider) {
        capacityTestPassed = passed;
        capacityTestScore = score;
        capacityTestDate = takenOn;
        capacityTestProvider = provider;
    }
}
