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
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Version
    public long version;
}
