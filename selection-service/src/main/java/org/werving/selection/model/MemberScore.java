package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One jury member's score of one candidate on one component (or one competency within it) of a stage, on the stage's scale. */
@Entity
@Table(name = "member_score")
public class MemberScore {
    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    @Column(name = "stage_order")
    public int stageOrder;
    public String member;
    public String component;
    /** The competency scored within the component; null when the component is scored as a whole. */
    public String competency;
    public BigDecimal score;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;

    /** A new cell of a member's score sheet, without a score yet. */
    public static MemberScore newCell(UUID applicationId, UUID vacancyId, int stageOrder, String member,
            Stage.ScoreKey key) {
        MemberScore s = new MemberScore();
        s.id = UUID.randomUUID();
        s.applicationId = applicationId;
        s.vacancyId = vacancyId;
        s.stageOrder = stageOrder;
        s.member = member;
        s.component = key.component();
        s.competency = key.competency();
        return s;
    }

    /** Gives (or corrects) the score; returns the score it replaces, null for a first score. */
    public BigDecimal give(BigDecimal value, String by, OffsetDateTime at) {
        BigDecimal previous = score;
        score = value;
        recordedBy = by;
        scoredAt = at;
        return previous;
    }
}
