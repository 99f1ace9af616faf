package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A closed stage: its scores are final. */
@Entity
@Table(name = "stage_closure")
@IdClass(StageClosure.Key.class)
public class StageClosure {
    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Id
    @Column(name = "stage_order")
    public int stageOrder;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "tie_rule")
    public String tieRule;

    public static class Key implements Serializable {
        public UUID vacancyId;
        public int stageOrder;

        public Key() {
        }

        public Key(UUID vacancyId, int stageOrder) {
            this.vacancyId = vacancyId;
            this.stageOrder = stageOrder;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.stageOrder == stageOrder && Objects.equals(k.vacancyId, vacancyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(vacancyId, stageOrder);
        }
    }
}
