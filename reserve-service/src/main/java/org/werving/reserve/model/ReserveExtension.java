package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An extension of a reserve's validity, decided by the council or college (decision reference and date). */
@Entity
@Table(name = "reserve_extension")
public class ReserveExtension extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "reserve_id")
    public UUID reserveId;
    @Column(name = "decision_reference")
    public String decisionReference;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "previous_valid_until")
    public LocalDate previousValidUntil;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "extended_by")
    public String extendedBy;
    @Column(name = "extended_at")
    public OffsetDateTime extendedAt;

    /** HR's extension of {@code reserve} until {@code validUntil}; made before the reserve changes. */
    public static ReserveExtension of(Reserve reserve, String decisionReference, LocalDate decisionDate,
            LocalDate validUntil, String by, OffsetDateTime at) {
        ReserveExtension extension = new ReserveExtension();
        extension.id = UUID.randomUUID();
        extension.reserveId = reserve.id;
        extension.decisionReference = decisionReference;
        extension.decisionDate = decisionDate;
        extension.previousValidUntil = reserve.validUntil;
        extension.validUntil = validUntil;
        extension.extendedBy = by;
        extension.extendedAt = at;
        return extension;
    }
}
