package org.werving.vacancy.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "vacancy")
public class Vacancy extends PanacheEntityBase {
    @Id
    public UUID id;
    public String reference;
    public String title;
    @Column(name = "formal_title")
    public String formalTitle;
    public String directorate;
    public String team;
    public String level;
    @Column(name = "salary_scale")
    public String salaryScale;
    public String purpose;
    public int seats;
    @Column(name = "seats_filled")
    public int seatsFilled;
    @Enumerated(EnumType.STRING)
    public VacancyStatus status;
    @Column(name = "application_deadline")
    public OffsetDateTime applicationDeadline;
    @JdbcTypeCode(SqlTypes.JSON)
    public Admission admission;
    @JdbcTypeCode(SqlTypes.JSON)
    public Procedure procedure;
    @JdbcTypeCode(SqlTypes.JSON)
    public VacancyDetails details;
    @Column(name = "reserve_validity_months")
    public int reserveValidityMonths;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "close_reason")
    public String closeReason;
    @Version
    public long version;

    /** Takes over the content HR edits (everything but the lifecycle and the audit fields) from {@code draft}. */
    public void replaceContent(Vacancy draft) {
        reference = draft.reference;
        title = draft.title;
        formalTitle = draft.formalTitle;
        directorate = draft.directorate;
        team = draft.team;
        level = draft.level;
        salaryScale = draft.salaryScale;
        purpose = draft.purpose;
        seats = draft.seats;
        applicationDeadline = draft.applicationDeadline;
        admission = draft.admission;
        procedure = draft.procedure;
        reserveValidityMonths = draft.reserveValidityMonths;
        details = draft.details;
    }

    /** DRAFT → PUBLISHED (the caller has checked that it is complete). */
    public void publish(OffsetDateTime at, String actor) {
        status = VacancyStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = actor;
    }

    /** PUBLISHED → CLOSED: no more applications. */
    public void close(OffsetDateTime at, String actor, String reason) {
        status = VacancyStatus.CLOSED;
        closedAt = at;
        closedBy = actor;
        closeReason = reason;
    }

    /**
     * One more permanent appointment on this vacancy; yields whether that filled the last seat of a
     * closed vacancy, which then becomes FILLED.
     */
    public boolean fillSeat(String actor) {
        seatsFilled += 1;
        if (seatsFilled >= seats && status == VacancyStatus.CLOSED) {
            status = VacancyStatus.FILLED;
            updatedBy = actor;
            return true;
        }
        return false;
    }
}
