package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of what a published vacancy says about its selection. */
@Entity
@Table(name = "vacancy_procedure")
public class VacancyProcedure {
    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    public String reference;
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    public Admission admission;
    @JdbcTypeCode(SqlTypes.JSON)
    public Procedure procedure;
    @Column(name = "reserve_validity_months")
    public Integer reserveValidityMonths;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
