package org.werving.selection.service;

import org.werving.selection.model.Wording;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.reactive.Steps;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.Stage;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.JuryMemberRepository;
import org.werving.selection.repository.MemberScoreRepository;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.chassis.problem.Problem.FieldError;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.werving.selection.model.ScoreEntry;
import org.werving.selection.model.ScoreSheetRules;

/**
 * A jury member's scores of a candidate in a stage (one cell, or a whole score sheet all-or-nothing), recorded or
 * corrected with an audit line, while the stage is open.
 */
@ApplicationScoped
public class JuryScoringService {
    private final CandidacyRepository candidacies;
    private final JuryMemberRepository jury;
    private final MemberScoreRepository memberScores;
    private final StageClosureRepository closures;
    private final ProcedureAuditLog audit;
    private final ProcedureStages stages;

    public JuryScoringService(CandidacyRepository candidacies, JuryMemberRepository jury, MemberScoreRepository memberScores, StageClosureRepository closures, ProcedureAuditLog audit, ProcedureStages stages) {
        this.candidacies = candidacies;
        this.jury = jury;
        this.memberScores = memberScores;
        this.closures = closures;
        this.audit = audit;
        this.stages = stages;
    }

    /** A member's scores of one candidate in one stage, and the cells of the sheet still without a score. */
    public record ScoreSheet(UUID applicationId, Stage stage, String member, List<MemberScore> scores,
            List<Stage.ScoreKey> missing) {
    }

    /** Records (or corrects) one member's score of a candidate on one component, or one competency within it. */
    @WithTransaction
    public Uni<MemberScore> score(UUID applicationId, int stageOrder, String memberParam, ScoreEntry entry,
            Caller caller) {
        return record(applicationId, stageOrder, memberParam, List.of(entry), "", caller)
                .map(w -> {
                    Stage.ScoreKey key = w.written().get(0);
                    return w.sheet().scores().stream().filter(s -> key.equals(new Stage.ScoreKey(s.component, s.competency)))
                            .findFirst().orElseThrow();
                });
    }

    /** Records several scores of one member for one candidate at once: all of them, or none when one is invalid. */
    @WithTransaction
    public Uni<ScoreSheet> scoreSheet(UUID applicationId, int stageOrder, String memberParam, List<ScoreEntry> entries,
            Caller caller) {
        return record(applicationId, stageOrder, memberParam, entries, "scores", caller).map(Written::sheet);
    }

    /** The member's sheet after writing, and the keys written in request order. */
    private record Written(ScoreSheet sheet, List<Stage.ScoreKey> written) {
    }

    private Uni<Written> record(UUID applicationId, int stageOrder, String memberParam, List<ScoreEntry> entries,
            String field, Caller caller) {
        return candidacies.findById(applicationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("candidacy", applicationId))
                .call(candidacy -> mayScoreIn(candidacy.vacancyId, caller))
                .flatMap(candidacy -> stages.find(candidacy.vacancyId, stageOrder).flatMap(found -> {
                    String member = caller.staff() && memberParam != null && !memberParam.isBlank() ? memberParam.trim()
                            : caller.subject();
                    return jury.isMember(candidacy.vacancyId, stageOrder, member).flatMap(isMember -> {
                        if (!isMember) {
                            if (!caller.staff()) {
                                throw ProcedureStages.notAJuror(caller, candidacy.vacancyId, stageOrder);
                            }
                            throw new ProblemException(400, "not-a-jury-member", "Not a jury member",
                                    member + " is not a member of the jury of " + found.stage().displayName(),
                                    List.of(new FieldError("member", "is not a member of the jury of stage "
                                            + stageOrder)));
                        }
                        return closures.find(candidacy.vacancyId, stageOrder);
                    }).flatMap(closure -> {
                        Stage stage = found.stage();
                        if (closure != null) {
                            throw ProcedureStages.closed(stage);
                        }
                        if (!candidacy.isInStage(stageOrder)) {
                            String where = candidacy.status == CandidacyStatus.IN_STAGE
                                    ? "IN_STAGE at stage " + candidacy.currentStage : candidacy.status.toString();
                            throw ProblemException.conflict("candidate-not-in-stage", "candidacy " + applicationId
                                    + " is " + where + "; it is not a candidate of stage " + stageOrder);
                        }
                        List<Stage.ScoreKey> keys = ScoreSheetRules.validate(stage, entries, field);
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        // the member's sheet is read once; every cell is then an insert or an update, flushed once
                        return memberScores.ofMember(applicationId, stageOrder, member).flatMap(before -> {
                            Map<Stage.ScoreKey, MemberScore> byKey = new java.util.HashMap<>();
                            before.forEach(s -> byKey.put(new Stage.ScoreKey(s.component, s.competency), s));
                            return Steps.each(java.util.stream.IntStream.range(0, keys.size()).boxed().toList(),
                                    i -> writeCell(candidacy, stageOrder, member, keys.get(i), entries.get(i).score(),
                                            byKey.get(keys.get(i)), caller.subject(), now))
                                    .flatMap(x -> memberScores.flush());
                        })
                                .flatMap(x -> memberScores.ofMember(applicationId, stageOrder, member))
                                .map(all -> {
                                    Set<Stage.ScoreKey> given = all.stream()
                                            .map(s -> new Stage.ScoreKey(s.component, s.competency))
                                            .collect(Collectors.toSet());
                                    List<Stage.ScoreKey> missing = stage.scoreSheet().stream()
                                            .filter(k -> !given.contains(k)).toList();
                                    return new Written(new ScoreSheet(applicationId, stage, member, all, missing),
                                            keys);
                                });
                    });
                }));
    }

    /** One cell of a member's sheet: inserted, or corrected in place; the audit line says which (nothing when unchanged). */
    private Uni<Void> writeCell(Candidacy candidacy, int stageOrder, String member, Stage.ScoreKey key, BigDecimal score,
            MemberScore existing, String recordedBy, OffsetDateTime now) {
        MemberScore s = existing == null
                ? MemberScore.newCell(candidacy.applicationId, candidacy.vacancyId, stageOrder, member, key)
                : existing;
        BigDecimal previous = s.give(score, recordedBy, now);
        String cell = member + ": " + key + " ";
        Uni<Void> line = previous == null
                ? audit.record(candidacy.vacancyId, stageOrder, candidacy.applicationId, ProcedureAuditLog.SCORE_RECORDED,
                        recordedBy, cell + Wording.number(score))
                : previous.compareTo(score) == 0 ? Uni.createFrom().voidItem()
                : audit.record(candidacy.vacancyId, stageOrder, candidacy.applicationId,
                        ProcedureAuditLog.SCORE_CORRECTED, recordedBy,
                        cell + Wording.number(previous) + " → " + Wording.number(score));
        return (existing == null ? memberScores.persist(s) : Uni.createFrom().item(s)).flatMap(x -> line);
    }

    /**
     * A juror of no jury of the procedure is refused (403) before anything about it is looked up, so an unknown
     * stage tells them nothing; staff, and a juror of another stage of it, go on to the stage's own checks.
     */
    private Uni<Void> mayScoreIn(UUID vacancyId, Caller caller) {
        if (caller.staff()) {
            return Uni.createFrom().voidItem();
        }
        return jury.isMemberOfProcedure(vacancyId, caller.subject()).map(member -> {
            if (!member) {
                throw ProcedureStages.notInProcedure(caller, vacancyId);
            }
            return null;
        });
    }
}
