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
}
