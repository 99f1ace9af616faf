package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A laureate on a vacancy's recruitment or promotion reserve; at most one per application. */
@Entity
@Table(name = "reserve_entry")
public class ReserveEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "reserve_type")
    public ReserveType reserveType;
    @Column(name = "final_score")
    public double finalScore;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    public EntryState state;
}
