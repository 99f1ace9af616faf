package org.werving.selection.service;

import org.werving.selection.model.StageRanking;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.JuryMember;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageClosure;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.TieRule;
import org.werving.selection.model.VacancyProcedure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.JuryMemberRepository;
import org.werving.selection.repository.MemberScoreRepository;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.selection.repository.StageScoreRepository;
import org.werving.selection.repository.VacancyProcedureRepository;
import org.werving.selection.model.StageRanking.Outcome;
import org.werving.selection.model.StageRanking.Participant;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.werving.selection.config.SelectionConfig;
import org.werving.selection.repository.DecisionRepository;
import org.werving.selection.repository.ProcedureAuditRepository;

/** What the selection report and the procedure's audit trail show; reads only. */
@ApplicationScoped
public class ProcedureReportService {
    private final VacancyProcedureRepository vacancies;
    private final CandidacyRepository candidacies;
    private final JuryMemberRepository jury;
    private final MemberScoreRepository memberScores;
    private final StageScoreRepository stageScores;
    private final StageClosureRepository closures;
    private final DecisionRepository decisionLog;
    private final ProcedureAuditRepository auditLines;
    private final SelectionConfig config;

    public ProcedureReportService(VacancyProcedureRepository vacancies, CandidacyRepository candidacies, JuryMemberRepository jury, MemberScoreRepository memberScores, StageScoreRepository stageScores, StageClosureRepository closures, DecisionRepository decisionLog, ProcedureAuditRepository auditLines, SelectionConfig config) {
        this.vacancies = vacancies;
        this.candidacies = candidacies;
        this.jury = jury;
        this.memberScores = memberScores;
        this.stageScores = stageScores;
        this.closures = closures;
        this.decisionLog = decisionLog;
        this.auditLines = auditLines;
        this.config = config;
    }

    public record Report(VacancyProcedure vacancy, TieRule tieRule, List<JuryMember> jury, List<StageClosure> closures,
            List<Candidacy> candidacies, List<StageScore> scores, List<MemberScore> memberScores,
            List<org.werving.selection.model.Decision> decisions, List<Outcome> ranking) {
    }

    /** Everything the selection report shows for one procedure. */
    @WithSession
    public Uni<Report> report(UUID vacancyId) {
        return vacancies.findById(vacancyId).flatMap(vacancy -> {
            if (vacancy == null) {
                throw ProblemException.notFound("procedure", vacancyId);
            }
            return candidacies.listByVacancy(vacancyId).flatMap(all -> {
                List<UUID> ids = all.stream().map(c -> c.applicationId).toList();
                return stageScores.forApplications(ids).flatMap(scores -> memberScores.ofProcedure(vacancyId)
                        .flatMap(members -> jury.ofProcedure(vacancyId)
                                .flatMap(juries -> closures.ofProcedure(vacancyId)
                                        .flatMap(closed -> decisionLog.forApplications(ids).map(trail -> {
                                            Stage lastStage = vacancy.procedure.stages().isEmpty() ? null
                                                    : vacancy.procedure.stages().get(vacancy.procedure.stages().size() - 1);
                                            int last = lastStage == null ? -1 : lastStage.order();
                                            // the final stage's own tie rule, as when the procedure completed
                                            TieRule rule = lastStage == null ? config.tieRule() : lastStage.tieRuleOr(config.tieRule());
                                            Map<UUID, BigDecimal> finals = scores.stream()
                                                    .filter(s -> s.stageOrder == last)
                                                    .collect(Collectors.toMap(s -> s.applicationId, s -> s.score,
                                                            (a, b) -> a));
                                            List<Outcome> ranking = StageRanking.finalRanking(all.stream()
                                                    .filter(c -> c.status == CandidacyStatus.PASSED
                                                            && finals.containsKey(c.applicationId))
                                                    .map(c -> new Participant(c.applicationId, c.appliedAt,
                                                            finals.get(c.applicationId)))
                                                    .toList(), rule);
                                            return new Report(vacancy, rule, juries, closed, all, scores, members,
                                                    trail, ranking);
                                        })))));
            });
        });
    }

    /** One line of a procedure's audit trail: a procedure change or a candidacy's decision. */
    public record AuditLine(OffsetDateTime at, String action, Integer stageOrder, UUID applicationId, String actor,
            String detail) {
    }

    /**
     * The whole audit trail of a procedure, oldest first: jury assignments, scores recorded and corrected,
     * stage closures, slots and seats (procedure_audit) merged with every candidacy's decisions.
     */
    @WithSession
    public Uni<List<AuditLine>> audit(UUID vacancyId) {
        return vacancies.findById(vacancyId).flatMap(vacancy -> {
            if (vacancy == null) {
                throw ProblemException.notFound("procedure", vacancyId);
            }
            return auditLines.ofProcedure(vacancyId).flatMap(lines -> candidacies.listByVacancy(vacancyId)
                    .flatMap(all -> decisionLog.forApplications(all.stream().map(c -> c.applicationId).toList()))
                    .map(trail -> {
                        List<AuditLine> merged = new ArrayList<>();
                        lines.forEach(l -> merged.add(new AuditLine(l.at, l.action, l.stageOrder, l.applicationId,
                                l.actor, l.detail)));
                        trail.forEach(d -> merged.add(new AuditLine(d.at, d.kind.name(), null, d.applicationId,
                                d.decidedBy, d.motivation)));
                        merged.sort(java.util.Comparator.comparing(AuditLine::at));
                        return merged;
                    }));
        });
    }
}
