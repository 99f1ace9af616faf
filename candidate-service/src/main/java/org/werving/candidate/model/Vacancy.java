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

/**
 * This service's copy of a vacancy, built from VacancyPublished and VacancyClosed: just what is
 * needed to accept or refuse an application and to name the vacancy to the candidate.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy extends PanacheEntityBase {
    @Id
    public UUID id;
    public String title;
    @Column(name = "application_deadline")
    public OffsetDateTime applicationDeadline;
    @Enumerated(EnumType.STRING)
    public VacancyStatus status;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Version
    public long version;

    /** A vacancy takes applications while it is open and its deadline has not passed. */
    public boolean acceptsApplicationsAt(OffsetDateTime now) {
        return status == VacancyStatus.OPEN && (applicationDeadline == null || !now.isAfter(applicationDeadline));
    }

    /** VacancyPublished: open it, unless it was already closed (a late or repeated event never reopens). */
    public void published(String title, OffsetDateTime applicationDeadline, OffsetDateTime publishedAt) {
        this.title = title;
        this.applicationDeadline = applicationDeadline;
        this.publishedAt = publishedAt;
        if (status == null) {
            status = VacancyStatus.OPEN;
        }
    }

    /** VacancyClosed: closed for good. */
    public void closed(OffsetDateTime closedAt) {
        status = VacancyStatus.CLOSED;
        if (this.closedAt == null) {
            this.closedAt = closedAt;
        }
    }

    /**
     * VacancyAmended: the new title and deadline. The status does not change here: a vacancy closed
     * (by HR or by the deadline job, both with VacancyClosed) stays closed; an open one takes
     * applications until its new deadline.
     */
    public void amended(String title, OffsetDateTime applicationDeadline) {
        if (title != null && !title.isBlank()) {
            this.title = title;
        }
        this.applicationDeadline = applicationDeadline;
    }
}
