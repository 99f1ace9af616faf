package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of a published vacancy: what the reserve needs, nothing more. */
@Entity
@Table(name = "vacancy")
public class ReserveVacancy extends PanacheEntityBase {
    @Id
    public UUID id;
    public String title;
    public String level;
    public String directorate;
    @Column(name = "reserve_validity_months")
    public int reserveValidityMonths;
    /** false when the reserve plan rules out extending its reserves */
    @Column(name = "reserve_extendable")
    public boolean reserveExtendable = true;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** Takes what VacancyPublished says; months is the reserve validity already defaulted. */
    public void describe(String title, String level, String directorate, int months, boolean extendable,
            OffsetDateTime publishedAt, OffsetDateTime receivedAt) {
        this.title = title;
        this.level = level;
        this.directorate = directorate;
        this.reserveValidityMonths = months;
        this.reserveExtendable = extendable;
        this.publishedAt = publishedAt;
        this.receivedAt = receivedAt;
    }
}
