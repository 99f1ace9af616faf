package org.werving.selection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.JuryMember;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.Stage;
import org.werving.selection.model.StageClosure;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.JuryMemberRepository;
import org.werving.selection.repository.MemberScoreRepository;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.selection.repository.VacancyProcedureRepository;
import org.werving.chassis.problem.Problem.FieldError;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The jury of a stage: HR assigns it while the stage is open; HR and the assigned jurors read it and the stage's
 * candidates with their member scores.
 */
@ApplicationScoped
public class JuryAssignmentService {
    private final VacancyProcedureRepository vacancies;
    private final CandidacyRepository candidacies;
    private final JuryMemberRepository jury;
    private final MemberScoreRepository memberScores;
    private final StageClosureRepository closures;
    private final ProcedureAuditLog audit;
    private final ProcedureStages stages;

    public JuryAssignmentService(VacancyProcedureRepository vacancies, CandidacyRepository candidacies, JuryMemberRepository jury, MemberScoreRepository memberScores, StageClosureRepository closures, ProcedureAuditLog audit, ProcedureStages stages) {
        this.vacancies = vacancies;
        this.candidacies = candidacies;
        this.jury = jury;
        this.memberScores = memberScores;
        this.closures = closures;
        this.audit = audit;
        this.stages = stages;
    }

    public record NewMember(String subject, boolean external) {
    }

    public record Jury(UUID vacancyId, Stage stage, List<JuryMember> members, StageClosure closure) {
    }

    public record StageCandidacies(UUID vacancyId, Stage stage, List<Candidacy> candidacies,
            Map<UUID, List<MemberScore>> scores, StageClosure closure) {
    }

    @WithTransaction
    public Uni<Jury> assign(UUID vacancyId, int stageOrder, List<NewMember> members, String actor) {
        return vacancies.lockForUpdate(vacancyId)
                .flatMap(locked -> stages.find(vacancyId, stageOrder))
                .flatMap(found -> closures.find(vacancyId, stageOrder).flatMap(closure -> {
                    if (closure != null) {
                        throw ProcedureStages.closed(found.stage());
                    }
                    List<FieldError> errors = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < members.size(); i++) {
                        NewMember m = members.get(i);
                        if (m == null || m.subject() == null || m.subject().isBlank()) {
                            errors.add(new FieldError("members[" + i + "].subject", "must not be blank"));
                        } else if (!seen.add(m.subject())) {
                            errors.add(new FieldError("members[" + i + "].subject", "appears twice: " + m.subject()));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw new ProblemException(400, "validation", "Invalid jury", "the jury is not valid", errors);
                    }
                    if (found.stage().requiresExternalMember() && members.stream().noneMatch(NewMember::external)) {
                        throw new ProblemException(400, "external-jury-member", "External jury member required",
                                found.stage().displayName() + " requires at least one external jury member; none of the "
                                        + members.size() + " members is external",
                                List.of(new FieldError("members", "at least one member must be external")));
                    }
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    String assigned = "jury van " + found.stage().displayName() + ": " + members.stream()
                            .map(m -> m.subject().trim() + (m.external() ? " (extern)" : ""))
                            .collect(Collectors.joining(", "));
                    return jury.ofStage(vacancyId, stageOrder).flatMap(previous -> audit.record(vacancyId, stageOrder,
                            null, ProcedureAuditLog.JURY_ASSIGNED, actor, assigned + (previous.isEmpty() ? ""
                                    : "; vervangt: " + previous.stream().map(m -> m.subject + (m.external ? " (extern)"
                                            : "")).collect(Collectors.joining(", ")))))
                            .flatMap(ignored -> jury.deleteStage(vacancyId, stageOrder))
                            .flatMap(ignored -> jury.flush()).flatMap(ignored -> {
                        List<JuryMember> entities = members.stream().map(m -> {
                            JuryMember member = new JuryMember();
                            member.id = UUID.randomUUID();
                            member.vacancyId = vacancyId;
                            member.stageOrder = stageOrder;
                            member.subject = m.subject().trim();
                            member.external = m.external();
                            member.assignedBy = actor;
                            member.assignedAt = now;
                            return member;
                        }).toList();
                        return jury.persist(entities.stream()).flatMap(x -> jury.flush())
                                .map(x -> new Jury(vacancyId, found.stage(), entities, null));
                    });
                }));
    }

    @WithSession
    public Uni<Jury> jury(UUID vacancyId, int stageOrder, Caller caller) {
        return mayRead(vacancyId, stageOrder, caller)
                .flatMap(ok -> stages.find(vacancyId, stageOrder))
                .flatMap(found -> jury.ofStage(vacancyId, stageOrder)
                        .flatMap(members -> closures.find(vacancyId, stageOrder)
                                .map(closure -> new Jury(vacancyId, found.stage(), members, closure))));
    }

    /** The candidates of a stage with their member scores; a juror sees only the stages they are assigned to. */
    @WithSession
    public Uni<StageCandidacies> candidacies(UUID vacancyId, int stageOrder, Caller caller) {
        return mayRead(vacancyId, stageOrder, caller)
                .flatMap(ok -> stages.find(vacancyId, stageOrder))
                .flatMap(found -> memberScores.ofStage(vacancyId, stageOrder).flatMap(scores -> candidacies
                        .listByVacancy(vacancyId).flatMap(all -> closures.find(vacancyId, stageOrder).map(closure -> {
                            Set<UUID> scored = scores.stream().map(s -> s.applicationId).collect(Collectors.toSet());
                            List<Candidacy> inStage = all.stream()
                                    .filter(c -> scored.contains(c.applicationId)
                                            || (c.status == CandidacyStatus.IN_STAGE && c.currentStage != null
                                                    && c.currentStage == stageOrder))
                                    .toList();
                            return new StageCandidacies(vacancyId, found.stage(), inStage,
                                    scores.stream().collect(Collectors.groupingBy(s -> s.applicationId)), closure);
                        }))));
    }

    private Uni<Void> mayRead(UUID vacancyId, int stageOrder, Caller caller) {
        if (caller.staff()) {
            return Uni.createFrom().voidItem();
        }
        return jury.isMember(vacancyId, stageOrder, caller.subject()).map(member -> {
            if (!member) {
                throw ProcedureStages.notAJuror(caller, vacancyId, stageOrder);
            }
            return null;
        });
    }
}
