package org.werving.vacancy.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One staff write (or the deadline job) on a vacancy: who, when, what, why. */
@Entity
@Table(name = "vacancy_audit")
public class VacancyAudit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    public String action;
    public String actor;
    public OffsetDateTime at;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public Changes changes;

    /** The amended fields (a JSON object). */
    public record Changes(java.util.List<String> fields) {
    }

    public static VacancyAudit of(UUID vacancyId, String action, String actor, OffsetDateTime at, String reason,
            java.util.List<String> fields) {
        VacancyAudit audit = new VacancyAudit();
        audit.vacancyId = vacancyId;
        audit.action = action;
        audit.actor = actor;
        audit.at = at;
        audit.reason = reason;
        audit.changes = fields == null ? null : new Changes(fields);
        return audit;
    }
}
