package org.werving.candidate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A decision about a candidate as a formal letter: which kind, when, what was decided (the timeline's
 * text of the same event) and the results known then, one per line.
 */
@Entity
@Table(name = "decision_letter")
public class DecisionLetter {
    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String decision;
    public String scores;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    /** When a later decision overturned this one (e.g. HR admitted a refused candidate on review); null: in force. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** The decisions that get a letter. */
    public enum Kind { NOT_ADMITTED, ELIMINATED, PASSED, RESERVE, APPOINTED }

    public List<String> scoreLines() {
        return scores == null || scores.isBlank() ? List.of() : Arrays.asList(scores.split("\n"));
    }
}
