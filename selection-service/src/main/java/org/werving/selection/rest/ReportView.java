package org.werving.selection.rest;

import org.werving.selection.rest.CandidacyViews.CapacityTestView;
import org.werving.selection.rest.CandidacyViews.DecisionView;
import org.werving.selection.rest.CandidacyViews.ScoreView;
import org.werving.selection.rest.JuryViews.MemberScoreView;
import org.werving.selection.rest.JuryViews.MemberView;
import org.werving.selection.rest.JuryViews.RankView;
import org.werving.selection.model.CandidacyStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The selection report of one procedure: stages with their jury, the final ranking, and every candidacy with
 * all scores and decisions. {@code tieRule} is the rule of the final ranking (the last stage's); each closed
 * stage names the rule that was applied when it closed. The {@code ...Text} fields say the rule in Dutch.
 */
public record ReportView(UUID vacancyId, String reference, String title, String tieRule, String tieRuleText,
        List<StageReport> stages, List<RankView> ranking, List<CandidacyReport> candidacies) {

    public record StageReport(int order, String type, String name, boolean eliminating, int passMark, Integer topN,
            List<MemberView> jury, String closedBy, OffsetDateTime closedAt, String tieRule, String tieRuleText) {
    }

    public record CandidacyReport(UUID applicationId, boolean internal, CandidacyStatus status, String admittedThrough,
            CapacityTestView capacityTest, List<ScoreView> scores, List<CompetencyView> competencyProfile,
            List<MemberScoreView> memberScores, List<DecisionView> decisions) {
    }

    /** The candidate's mean /100 on one competency in one stage, over every member and component that scored it. */
    public record CompetencyView(int stageOrder, String competency, BigDecimal score) {
    }
}
