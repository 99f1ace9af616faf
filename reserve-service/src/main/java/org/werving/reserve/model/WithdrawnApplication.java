package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application the candidate withdrew (ApplicationWithdrawn): never (again) on a reserve. Ids only. */
@Entity
@Table(name = "withdrawn_application")
public class WithdrawnApplication extends PanacheEntityBase {
    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
