package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The record that a candidate's data was erased (CandidateDataErased), kept without any personal data. */
@Entity
@Table(name = "candidate_erasure")
public class CandidateErasure {
    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    public String reason;
    /** Whether this service held a candidacy for the application. */
    public boolean known;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
