package org.werving.candidate.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate's application to one vacancy, with their personal data (kept only here). */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public boolean internal;
    @Column(name = "diploma_level")
    public String diplomaLevel;
    @Column(name = "relevant_experience_months")
    public int relevantExperienceMonths;
    public String phone;
    public String street;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    public String diploma;
    @Column(name = "diploma_gives_access_to_b")
    public Boolean diplomaGivesAccessToB;
    @Column(name = "experience_description")
    public String experienceDescription;
    @Column(name = "contract_type")
    public String contractType;
    @Column(name = "current_level")
    public String currentLevel;
    @Column(name = "current_grade")
    public String currentGrade;
    /** Level seniority (niveauanciënniteit) in months earned with this employer: stad or OCMW. */
    @Column(name = "level_seniority_months")
    public Integer levelSeniorityMonths;
    /** Grade seniority (graadanciënniteit) in months earned with this employer: stad or OCMW. */
    @Column(name = "grade_seniority_months")
    public Integer gradeSeniorityMonths;
    /** Service seniority (dienstanciënniteit) in months earned with this employer: stad or OCMW. */
    @Column(name = "service_seniority_months")
    public Integer serviceSeniorityMonths;
    /** Level seniority in months earned at another local government (not stad or OCMW); null: not declared. */
    @Column(name = "level_seniority_other_local_government_months")
    public Integer levelSeniorityOtherLocalGovernmentMonths;
    /** Grade seniority in months earned at another local government (not stad or OCMW); null: not declared. */
    @Column(name = "grade_seniority_other_local_government_months")
    public Integer gradeSeniorityOtherLocalGovernmentMonths;
    /** Service seniority in months earned at another local government (not stad or OCMW); null: not declared. */
    @Column(name = "service_seniority_other_local_government_months")
    public Integer serviceSeniorityOtherLocalGovernmentMonths;
    @Column(name = "driving_licence")
    public Boolean drivingLicence;
    public String motivation;
    @Column(name = "privacy_statement_version")
    public String privacyStatementVersion;
    @Column(name = "consent_at")
    public OffsetDateTime consentAt;
    /** SHA-256 (hex) of the secret link token; the token itself is never stored. */
    @Column(name = "access_token_hash")
    public String accessTokenHash;
    @Column(name = "token_revoked_at")
    public OffsetDateTime tokenRevokedAt;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    /** When the procedure ended for this candidate without a place on the reserve (retention starts). */
    @Column(name = "left_procedure_at")
    public OffsetDateTime leftProcedureAt;
    /** Until when the candidate's reserve entry is valid (retention starts after it). */
    @Column(name = "reserve_valid_until")
    public java.time.LocalDate reserveValidUntil;
    /** RECRUITMENT or PROMOTION once on a reserve (ReserveEntryCreated). */
    @Column(name = "reserve_type")
    public String reserveType;
    /** The highest stage order scored so far (InterviewScored); the next booking is for the stage after it. */
    @Column(name = "last_scored_stage")
    public Integer lastScoredStage;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Version
    public long version;

    /**
     * The facts an internal candidate must give (the admission rules for internal candidates need
     * them): contract type, current level, and seniority with stad or OCMW. Yields the names of the
     * missing ones; none for an external candidate. Seniority elsewhere is optional.
     */
    public java.util.List<String> missingInternalFacts() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!internal) {
            return missing;
        }
        if (contractType == null) {
            missing.add("contractType");
        }
        if (currentLevel == null) {
            missing.add("currentLevel");
        }
        if (levelSeniorityMonths == null) {
            missing.add("levelSeniorityMonths");
        }
        if (gradeSeniorityMonths == null) {
            missing.add("gradeSeniorityMonths");
        }
        if (serviceSeniorityMonths == null) {
            missing.add("serviceSeniorityMonths");
        }
        return missing;
    }

    /** The candidate withdraws: WITHDRAWN, and the procedure ends for them now. */
    public void withdraw(OffsetDateTime at) {
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = at;
        leftProcedureAt = at;
    }

    /**
     * An event moves the application on: the status the step suggests (never backwards, a refusal overturned on
     * review excepted: the procedure goes on for the candidate again), and the end of the procedure when that
     * status is final (the reserve excepted: retention runs from its end).
     */
    public void advance(TimelineStep step, OffsetDateTime at) {
        if (status.overturnedBy(step.status())) {
            leftProcedureAt = null;
        }
        status = status.advanceTo(step.status());
        if (status.isFinal() && status != ApplicationStatus.IN_RESERVE && leftProcedureAt == null) {
            leftProcedureAt = at;
        }
    }

    /**
     * Blanks the personal data and revokes the token. Status, vacancy, dates and the admission facts
     * (all seniority included) stay: anonymous counts.
     */
    public void erasePersonalData(OffsetDateTime at) {
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
        street = null;
        postalCode = null;
        city = null;
        diploma = null;
        experienceDescription = null;
        motivation = null;
        currentGrade = null;
        accessTokenHash = null;
        tokenRevokedAt = at;
        idempotencyKey = null;
        erasedAt = at;
    }
}
