package org.werving.selection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate's score (/100) on one stage. */
@Entity
@Table(name = "stage_score")
public class StageScore {
    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "stage_order")
    public int stageOrder;
    @Column(name = "stage_type")
    public String stageType;
    @Column(name = "stage_name")
    public String stageName;
    public BigDecimal score;
    @Column(name = "pass_mark")
    public int passMark;
    public boolean passed;
    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;
    /** Rank among the stage's participants when the stage was closed (null: scored directly by HR). */
    public Integer rank;

    /** The stage's result for the candidate: the stage as scored, the score /100, whether it passed and the rank. */
    public void record(Stage stage, BigDecimal value, boolean passedIt, Integer rankInStage) {
        stageType = stage.type();
        stageName = stage.displayName();
        score = value;
        passMark = stage.passMark();
        passed = passedIt;
        rank = rankInStage;
    }
}
