package org.werving.selection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.chassis.reactive.Steps;
import org.werving.selection.messaging.SelectionEvents;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.DecisionKind;
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
import org.werving.chassis.problem.Problem.FieldError;
import org.werving.selection.service.StageRanking.Outcome;
import org.werving.selection.service.StageRanking.Participant;
import org.werving.selection.service.StageRanking.Verdict;

import java.math.BigDecimal;
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
 * Juries per stage, the members' scores and the closing of a stage (pass mark, top-N cut with
 * the configured tie rule, eliminations, and after the last stage the final ranking). The rules
 * themselves are in {@link StageRanking}.
 */
@ApplicationScoped
public class JuryService {
    private final VacancyProcedureRepository vacancies;
    private final CandidacyRepository candidacies;
    private final JuryMemberRepository jury;
    private final MemberScoreRepository memberScores;
    private final StageScoreRepository stageScores;
    private final StageClosureRepository closures;
    private final StageResults stageResults;
    private final Outbox outbox;
    private final TieRule tieRule;
    private final org.werving.selection.repository.DecisionRepository decisionLog;
    private final ProcedureAuditLog audit;
    private final org.werving.selection.repository.ProcedureAuditRepository auditLines;

    public JuryService(VacancyProcedureRepository vacancies, CandidacyRepository candidacies, JuryMemberRepository jury,
            MemberScoreRepository memberScores, StageScoreRepository stageScores, StageClosureRepository closures,
            StageResults stageResults, Outbox outbox, org.werving.selection.repository.DecisionRepository decisionLog,
            ProcedureAuditLog audit, org.werving.selection.repository.ProcedureAuditRepository auditLines,
            @ConfigProperty(name = "werving.selection.tie-rule", defaultValue = "INCLUDE_ALL_TIED") TieRule tieRule) {
        this.audit = audit;
        this.auditLines = auditLines;
        this.vacancies = vacancies;
        this.candidacies = candidacies;
        this.jury = jury;
        this.memberScores = memberScores;
        this.stageScores = stageScores;
        this.closures = closures;
        this.stageResults = stageResults;
        this.outbox = outbox;
        this.tieRule = tieRule;
        this.decisionLog = decisionLog;
    }

    /** Who calls: the token subject, and whether they act as staff (hr/dashboard) or as a juror. */
    public record Caller(String subject, boolean staff) {
    }

    public record NewMember(String subject, boolean external) {
    }

    public record Jury(UUID vacancyId, Stage stage, List<JuryMember> members, StageClosure closure) {
    }

    public record StageCandidacies(UUID vacancyId, Stage stage, List<Candidacy> candidacies,
            Map<UUID, List<MemberScore>> scores, StageClosure closure) {
    }

    public record ClosedStage(UUID vacancyId, Stage stage, boolean finalStage, TieRule tieRule, StageClosure closure,
            List<Result> results, List<Outcome> ranking, Map<UUID, String> reserveTypes) {
    }

    public record Result(Outcome outcome, String decision, String motivation) {
    }

    // ---------------------------------------------------------------- jury

    @WithTransaction
    public Uni<Jury> assign(UUID vacancyId, int stageOrder, List<NewMember> members, String actor) {
        return vacancies.lockForUpdate(vacancyId)
                .flatMap(locked -> stage(vacancyId, stageOrder))
                .flatMap(found -> closures.find(vacancyId, stageOrder).flatMap(closure -> {
                    if (closure != null) {
                        throw closed(found.stage());
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
                .flatMap(ok -> stage(vacancyId, stageOrder))
                .flatMap(found -> jury.ofStage(vacancyId, stageOrder)
                        .flatMap(members -> closures.find(vacancyId, stageOrder)
                                .map(closure -> new Jury(vacancyId, found.stage(), members, closure))));
    }

    /** The candidates of a stage with their member scores; a juror sees only the stages they are assigned to. */
    @WithSession
    public Uni<StageCandidacies> candidacies(UUID vacancyId, int stageOrder, Caller caller) {
        return mayRead(vacancyId, stageOrder, caller)
                .flatMap(ok -> stage(vacancyId, stageOrder))
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
                throw notAJuror(caller, vacancyId, stageOrder);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- scores

    /** One score on a member's sheet: a component (may be left out when the stage has one), a competency within it. */
    public record ScoreEntry(String component, String competency, BigDecimal score) {
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
                .flatMap(candidacy -> stage(candidacy.vacancyId, stageOrder).flatMap(found -> {
                    String member = caller.staff() && memberParam != null && !memberParam.isBlank() ? memberParam.trim()
                            : caller.subject();
                    return jury.isMember(candidacy.vacancyId, stageOrder, member).flatMap(isMember -> {
                        if (!isMember) {
                            if (!caller.staff()) {
                                throw notAJuror(caller, candidacy.vacancyId, stageOrder);
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
                            throw closed(stage);
                        }
                        if (candidacy.status != CandidacyStatus.IN_STAGE || candidacy.currentStage == null
                                || candidacy.currentStage != stageOrder) {
                            String where = candidacy.status == CandidacyStatus.IN_STAGE
                                    ? "IN_STAGE at stage " + candidacy.currentStage : candidacy.status.toString();
                            throw ProblemException.conflict("candidate-not-in-stage", "candidacy " + applicationId
                                    + " is " + where + "; it is not a candidate of stage " + stageOrder);
                        }
                        List<Stage.ScoreKey> keys = validate(stage, entries, field);
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        // the member's sheet is read once; every cell is then an insert or an update, flushed once
                        return memberScores.ofMember(applicationId, stageOrder, member).flatMap(before -> {
                            Map<Stage.ScoreKey, MemberScore> byKey = new java.util.HashMap<>();
                            before.forEach(s -> byKey.put(new Stage.ScoreKey(s.component, s.competency), s));
                            return Steps.each(java.util.stream.IntStream.range(0, keys.size()).boxed().toList(), i -> {
                                Stage.ScoreKey key = keys.get(i);
                                BigDecimal score = entries.get(i).score();
                                MemberScore existing = byKey.get(key);
                                MemberScore s = existing == null ? new MemberScore() : existing;
                                BigDecimal previous = existing == null ? null : existing.score;
                                if (existing == null) {
                                    s.id = UUID.randomUUID();
                                    s.applicationId = applicationId;
                                    s.vacancyId = candidacy.vacancyId;
                                    s.stageOrder = stageOrder;
                                    s.member = member;
                                    s.component = key.component();
                                    s.competency = key.competency();
                                }
                                s.score = score;
                                s.recordedBy = caller.subject();
                                s.scoredAt = now;
                                String cell = member + ": " + key + " ";
                                Uni<Void> line = previous == null
                                        ? audit.record(candidacy.vacancyId, stageOrder, applicationId,
                                                ProcedureAuditLog.SCORE_RECORDED, caller.subject(),
                                                cell + Wording.number(score))
                                        : previous.compareTo(score) == 0 ? Uni.createFrom().voidItem()
                                        : audit.record(candidacy.vacancyId, stageOrder, applicationId,
                                                ProcedureAuditLog.SCORE_CORRECTED, caller.subject(),
                                                cell + Wording.number(previous) + " → "
                                                        + Wording.number(score));
                                return (existing == null ? memberScores.persist(s) : Uni.createFrom().item(s))
                                        .flatMap(x -> line);
                            }).flatMap(x -> memberScores.flush());
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

    /**
     * Checks each entry against the stage: a known component, a competency that component measures (required when
     * it measures competencies, refused when it is scored as a whole), a score within the stage's scale, and no cell
     * twice in one request. Returns the cells in request order, or a 400 naming every fault.
     */
    static List<Stage.ScoreKey> validate(Stage stage, List<ScoreEntry> entries, String field) {
        List<FieldError> errors = new ArrayList<>();
        List<Stage.ScoreKey> keys = new ArrayList<>();
        List<Stage.Component> components = stage.componentsOrDefault();
        List<String> names = components.stream().map(Stage.Component::name).toList();
        int scale = stage.scaleOrDefault();
        if (entries.isEmpty()) {
            errors.add(new FieldError(field, "must contain at least one score"));
        }
        Set<Stage.ScoreKey> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = field.isEmpty() ? "" : field + "[" + i + "].";
            ScoreEntry entry = entries.get(i);
            if (entry == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be null"));
                continue;
            }
            String name = entry.component() == null || entry.component().isBlank()
                    ? (names.size() == 1 ? names.get(0) : null) : entry.component().trim();
            Stage.Component component = components.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElse(null);
            if (component == null) {
                errors.add(new FieldError(at + "component", "must be one of " + names));
            } else {
                List<String> measured = component.competenciesOrEmpty();
                String competency = entry.competency() == null || entry.competency().isBlank() ? null
                        : entry.competency().trim();
                if (measured.isEmpty() && competency != null) {
                    errors.add(new FieldError(at + "competency", component.name()
                            + " is scored as a whole; leave the competency out"));
                } else if (!measured.isEmpty() && (competency == null || !measured.contains(competency))) {
                    errors.add(new FieldError(at + "competency", "must be one of " + measured + " (the competencies "
                            + component.name() + " measures)"));
                } else {
                    Stage.ScoreKey key = new Stage.ScoreKey(component.name(), competency);
                    if (!seen.add(key)) {
                        errors.add(new FieldError(at + "competency", key + " appears twice"));
                    }
                    keys.add(key);
                }
            }
            if (entry.score() == null) {
                errors.add(new FieldError(at + "score", "must not be null"));
            } else if (entry.score().compareTo(BigDecimal.valueOf(scale)) > 0 || entry.score().signum() < 0) {
                errors.add(new FieldError(at + "score", "must lie between 0 and " + scale + " (the scale of "
                        + stage.displayName() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid score", "the score sheet for "
                    + stage.displayName() + " has " + errors.size() + " error(s); nothing was recorded", errors);
        }
        return keys;
    }

    // ---------------------------------------------------------------- closing

    @WithTransaction
    public Uni<ClosedStage> close(UUID vacancyId, int stageOrder, String actor) {
        return vacancies.lockForUpdate(vacancyId)
                .flatMap(locked -> plan(vacancyId, stageOrder))
                .flatMap(plan -> settle(plan, actor));
    }

    /**
     * What closing the stage now would decide, with the same checks and the same verdicts as {@link #close},
     * without writing anything: no score, decision, event, audit line or closure.
     */
    @WithSession
    public Uni<ClosedStage> preview(UUID vacancyId, int stageOrder) {
        return plan(vacancyId, stageOrder).flatMap(plan -> previewRanking(plan).map(ranking -> new ClosedStage(
                plan.found().vacancy().vacancyId, plan.found().stage(), plan.finalStage(), plan.rule(), null,
                plan.results(), ranking, reserveTypes(plan.all()))));
    }

    /** One participant's decided outcome, not yet written. */
    record Planned(Candidacy candidacy, Outcome outcome, StageVerdicts.StageVerdict verdict,
            Map<String, BigDecimal> profile) {
    }

    /**
     * What the closing of a stage decides, computed from the stored scores without changing anything.
     * {@code recorded}: the stage scores HR entered (updated in place by the real closing).
     */
    record ClosingPlan(Found found, boolean finalStage, TieRule rule, List<Candidacy> all, List<Outcome> outcomes,
            List<Planned> planned, Map<UUID, StageScore> recorded) {
        List<Result> results() {
            return planned.stream().map(p -> new Result(p.outcome(), p.verdict().kind().name(),
                    p.verdict().motivation())).toList();
        }
    }

    /** Refuses a closed stage or missing scores, then ranks and decides every participant (no writes). */
    private Uni<ClosingPlan> plan(UUID vacancyId, int stageOrder) {
        return stage(vacancyId, stageOrder)
                .flatMap(found -> closures.find(vacancyId, stageOrder).flatMap(closure -> {
                    if (closure != null) {
                        throw ProblemException.conflict("stage-closed", found.stage().displayName()
                                + " was already closed by " + closure.closedBy + " at " + closure.closedAt);
                    }
                    return jury.ofStage(vacancyId, stageOrder);
                }).flatMap(members -> candidacies.listByVacancy(vacancyId).flatMap(all -> members.isEmpty()
                        ? planHrScored(found, all)
                        : memberScores.ofStage(vacancyId, stageOrder)
                                .map(scores -> planJuryScored(found, members, all, scores)))));
    }

    /**
     * A stage without a jury whose scores HR entered directly (a stage with a top-N: HR's score
     * waits for the closing, where the same ranking, cut and tie rule apply as for a jury).
     */
    private Uni<ClosingPlan> planHrScored(Found found, List<Candidacy> all) {
        Stage stage = found.stage();
        List<Candidacy> participants = participants(all, stage);
        return stageScores.forApplications(participants.stream().map(c -> c.applicationId).toList()).map(list -> {
            Map<UUID, StageScore> recorded = list.stream().filter(s -> s.stageOrder == stage.order())
                    .collect(Collectors.toMap(s -> s.applicationId, s -> s));
            if (recorded.isEmpty()) {
                throw ProblemException.conflict("no-jury", stage.displayName()
                        + " has no jury and no scores entered by HR; assign a jury or enter the scores before closing");
            }
            List<FieldError> missing = notReady(all, stage);
            participants.stream().filter(c -> !recorded.containsKey(c.applicationId)).forEach(c -> missing.add(
                    new FieldError(c.applicationId.toString(), "no score entered by HR for " + stage.displayName())));
            refuseMissing(stage, missing);
            Map<UUID, BigDecimal> stageScoreOf = recorded.values().stream()
                    .collect(Collectors.toMap(s -> s.applicationId, s -> s.score));
            return decide(found, all, participants, stageScoreOf, Map.of(), null, recorded);
        });
    }

    /** The candidates who take part in the stage: in it now. */
    private static List<Candidacy> participants(List<Candidacy> all, Stage stage) {
        return all.stream().filter(c -> c.status == CandidacyStatus.IN_STAGE
                && c.currentStage != null && c.currentStage == stage.order()).toList();
    }

    /** Candidates whose earlier step is not done yet: the stage cannot close before it is. */
    private static List<FieldError> notReady(List<Candidacy> all, Stage stage) {
        List<FieldError> missing = new ArrayList<>();
        for (Candidacy c : all) {
            if (c.status == CandidacyStatus.AWAITING_CAPACITY_TEST || c.status == CandidacyStatus.AWAITING_VACANCY) {
                missing.add(new FieldError(c.applicationId.toString(), "is " + c.status
                        + ": the result must be in before " + stage.displayName() + " closes"));
            } else if (c.status == CandidacyStatus.IN_STAGE && c.currentStage != null && c.currentStage < stage.order()) {
                missing.add(new FieldError(c.applicationId.toString(), "is still in stage " + c.currentStage));
            }
        }
        return missing;
    }

    private static void refuseMissing(Stage stage, List<FieldError> missing) {
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "missing-scores", "The stage cannot close yet",
                    stage.displayName() + " cannot close: " + missing.size() + " score(s) or result(s) missing", missing);
        }
    }

    private ClosingPlan planJuryScored(Found found, List<JuryMember> members, List<Candidacy> all,
            List<MemberScore> scores) {
        Stage stage = found.stage();
        List<String> memberNames = members.stream().map(m -> m.subject).toList();
        List<FieldError> missing = notReady(all, stage);
        List<Candidacy> participants = participants(all, stage);
        Map<UUID, List<MemberScore>> perCandidate = scores.stream()
                .collect(Collectors.groupingBy(s -> s.applicationId));
        Map<UUID, Map<String, Map<Stage.ScoreKey, BigDecimal>>> sheets = participants.stream().collect(Collectors
                .toMap(c -> c.applicationId, c -> StageRanking.byMember(perCandidate.getOrDefault(c.applicationId,
                        List.of()))));
        BigDecimal scale = BigDecimal.valueOf(stage.scaleOrDefault());
        for (Candidacy c : participants) {
            Map<String, Map<Stage.ScoreKey, BigDecimal>> given = sheets.get(c.applicationId);
            for (String member : memberNames) {
                for (Stage.ScoreKey key : stage.scoreSheet()) {
                    BigDecimal value = given.getOrDefault(member, Map.of()).get(key);
                    if (value == null) {
                        missing.add(new FieldError(c.applicationId.toString(),
                                "no score of " + member + " for " + key));
                    } else if (value.compareTo(scale) > 0) {
                        // the vacancy's amendment lowered the scale after this score was given
                        missing.add(new FieldError(c.applicationId.toString(), "the score of " + member + " for " + key
                                + " (" + Wording.number(value) + ") lies above the scale of " + scale
                                + "; record it again"));
                    }
                }
            }
        }
        refuseMissing(stage, missing);
        Map<UUID, BigDecimal> stageScoreOf = participants.stream().collect(Collectors.toMap(c -> c.applicationId,
                c -> StageRanking.stageScore(stage, memberNames, sheets.get(c.applicationId))));
        Map<UUID, Map<String, BigDecimal>> profiles = participants.stream().collect(Collectors.toMap(
                c -> c.applicationId, c -> StageRanking.competencyProfile(stage,
                        perCandidate.getOrDefault(c.applicationId, List.of()))));
        String scoredBy = StageVerdicts.juryScored(members.size(), members.stream().filter(m -> m.external).count());
        return decide(found, all, participants, stageScoreOf, profiles, scoredBy, Map.of());
    }

    /** Ranks the participants by their stage score and decides for each with the one {@link StageVerdicts}. */
    private ClosingPlan decide(Found found, List<Candidacy> all, List<Candidacy> participants,
            Map<UUID, BigDecimal> stageScoreOf, Map<UUID, Map<String, BigDecimal>> profiles, String scoredBy,
            Map<UUID, StageScore> recorded) {
        Stage stage = found.stage();
        VacancyProcedure vacancy = found.vacancy();
        boolean finalStage = vacancy.procedure.isFinal(stage.order());
        Map<UUID, Candidacy> byId = participants.stream().collect(Collectors.toMap(c -> c.applicationId, c -> c));
        List<Participant> ranked = participants.stream().map(c -> new Participant(c.applicationId, c.appliedAt,
                stageScoreOf.get(c.applicationId))).toList();
        TieRule rule = stage.tieRuleOr(tieRule);
        List<Outcome> outcomes = StageRanking.close(stage, finalStage, ranked, rule);
        StageVerdicts.Context context = new StageVerdicts.Context(stage,
                finalStage ? null : vacancy.procedure.after(stage.order()).orElseThrow(), rule, scoredBy,
                StageRanking.cutScore(outcomes), outcomes.size());
        List<Planned> planned = outcomes.stream().map(o -> {
            Candidacy c = byId.get(o.participant().applicationId());
            Map<String, BigDecimal> profile = profiles.getOrDefault(c.applicationId, Map.of());
            return new Planned(c, o, StageVerdicts.of(context, o, profile), profile);
        }).toList();
        return new ClosingPlan(found, finalStage, rule, all, outcomes, planned, recorded);
    }

    /**
     * Writes what the plan decided: the stage scores, decisions and events, the closure and its audit line,
     * and after the last stage completes the procedure.
     */
    private Uni<ClosedStage> settle(ClosingPlan plan, String actor) {
        Stage stage = plan.found().stage();
        VacancyProcedure vacancy = plan.found().vacancy();
        boolean finalStage = plan.finalStage();
        TieRule rule = plan.rule();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<java.util.function.Supplier<Uni<?>>> steps = new ArrayList<>();
        for (Planned p : plan.planned()) {
            Candidacy c = p.candidacy();
            Outcome o = p.outcome();
            StageVerdicts.StageVerdict verdict = p.verdict();
            if (verdict.meaning() == StageVerdicts.Meaning.GOES_ON) {
                c.currentStage = vacancy.procedure.after(stage.order()).orElseThrow().order();
            }
            StageScore stageScore = plan.recorded().getOrDefault(c.applicationId, new StageScore());
            boolean isNew = stageScore.id == null;
            if (isNew) {
                stageScore.id = UUID.randomUUID();
                stageScore.applicationId = c.applicationId;
                stageScore.stageOrder = stage.order();
                stageScore.scoredAt = now;
            }
            stageScore.stageType = stage.type();
            stageScore.stageName = stage.displayName();
            stageScore.score = o.participant().score();
            stageScore.passMark = stage.passMark();
            stageScore.passed = o.passed();
            stageScore.rank = o.rank();
            Uni<?> saved = isNew ? stageScores.persist(stageScore) : Uni.createFrom().item(stageScore);
            steps.add(() -> saved.flatMap(x -> stageResults.publish(c, stage, finalStage, o.participant().score(),
                    o.passed(), p.profile(), verdict, actor)));
        }
        List<Outcome> outcomes = plan.outcomes();
        StageClosure closure = new StageClosure();
        closure.vacancyId = vacancy.vacancyId;
        closure.stageOrder = stage.order();
        closure.closedBy = actor;
        closure.closedAt = now;
        closure.tieRule = rule.name();
        long goingOn = outcomes.stream().filter(o -> o.verdict() == Verdict.GOES_ON).count();
        String closed = stage.displayName() + " afgesloten: " + outcomes.size() + " kandidaten, " + goingOn
                + (finalStage ? " geslaagd" : " gaan door") + ", " + (outcomes.size() - goingOn) + " uitgeschakeld"
                + "; cesuur " + stage.passMark() + "/100" + (stage.topN() == null ? "" : "; top " + stage.topN())
                + "; " + Wording.tieRule(rule);
        return Steps.run(steps).flatMap(x -> closures.persist(closure))
                .flatMap(x -> audit.record(vacancy.vacancyId, stage.order(), null, ProcedureAuditLog.STAGE_CLOSED,
                        actor, closed))
                .flatMap(x -> candidacies.flush())
                .flatMap(x -> finalStage ? complete(vacancy, stage, now) : Uni.createFrom().item(List.<Outcome>of()))
                .flatMap(ranking -> candidacies.listByVacancy(vacancy.vacancyId).map(list -> new ClosedStage(
                        vacancy.vacancyId, stage, finalStage, rule, closure, plan.results(), ranking,
                        reserveTypes(list))));
    }

    private static Map<UUID, String> reserveTypes(List<Candidacy> all) {
        return all.stream().collect(Collectors.toMap(c -> c.applicationId, Candidacy::reserveType));
    }

    /**
     * The final ranking the closing of the last stage would publish: the laureates so far with their final
     * stage score, and the participants who would pass now with the score they would get.
     */
    private Uni<List<Outcome>> previewRanking(ClosingPlan plan) {
        if (!plan.finalStage()) {
            return Uni.createFrom().item(List.of());
        }
        int last = plan.found().stage().order();
        Map<UUID, BigDecimal> passing = new java.util.HashMap<>();
        plan.planned().stream().filter(p -> p.verdict().meaning() == StageVerdicts.Meaning.PASSED_SELECTION)
                .forEach(p -> passing.put(p.candidacy().applicationId, p.outcome().participant().score()));
        Set<UUID> deciding = plan.planned().stream().map(p -> p.candidacy().applicationId).collect(Collectors.toSet());
        List<Candidacy> earlier = plan.all().stream()
                .filter(c -> c.status == CandidacyStatus.PASSED && !deciding.contains(c.applicationId)).toList();
        return stageScores.forApplications(earlier.stream().map(c -> c.applicationId).toList()).map(scores -> {
            Map<UUID, BigDecimal> finals = scores.stream().filter(s -> s.stageOrder == last)
                    .collect(Collectors.toMap(s -> s.applicationId, s -> s.score, (a, b) -> a));
            finals.putAll(passing);
            List<Participant> laureates = plan.all().stream().filter(c -> finals.containsKey(c.applicationId))
                    .map(c -> new Participant(c.applicationId, c.appliedAt, finals.get(c.applicationId))).toList();
            return StageRanking.finalRanking(laureates, plan.rule());
        });
    }

    /** After the last stage: the final ranking of every laureate, published as SelectionCompleted. */
    private Uni<List<Outcome>> complete(VacancyProcedure vacancy, Stage last, OffsetDateTime now) {
        return candidacies.listByVacancy(vacancy.vacancyId).flatMap(all -> {
            List<Candidacy> laureates = all.stream().filter(c -> c.status == CandidacyStatus.PASSED).toList();
            return stageScores.forApplications(laureates.stream().map(c -> c.applicationId).toList()).flatMap(scores -> {
                Map<UUID, BigDecimal> finalScores = scores.stream().filter(s -> s.stageOrder == last.order())
                        .collect(Collectors.toMap(s -> s.applicationId, s -> s.score, (a, b) -> a));
                Map<UUID, Candidacy> byId = laureates.stream().collect(Collectors.toMap(c -> c.applicationId, c -> c));
                List<Outcome> ranking = StageRanking.finalRanking(laureates.stream()
                        .filter(c -> finalScores.containsKey(c.applicationId))
                        .map(c -> new Participant(c.applicationId, c.appliedAt, finalScores.get(c.applicationId)))
                        .toList(), last.tieRuleOr(tieRule));
                List<SelectionEvents.Laureate> list = ranking.stream().map(o -> {
                    Candidacy c = byId.get(o.participant().applicationId());
                    return new SelectionEvents.Laureate(c.applicationId, o.rank(), o.participant().score(), c.internal,
                            c.reserveType());
                }).toList();
                return outbox.record(SelectionEvents.PROCEDURE_AGGREGATE, vacancy.vacancyId, "SelectionCompleted",
                        new SelectionEvents.SelectionCompleted(vacancy.vacancyId, last.tieRuleOr(tieRule).name(), now, list))
                        .map(x -> ranking);
            });
        });
    }

    // ---------------------------------------------------------------- report

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
                                            TieRule rule = lastStage == null ? tieRule : lastStage.tieRuleOr(tieRule);
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

    // ---------------------------------------------------------------- helpers

    record Found(VacancyProcedure vacancy, Stage stage) {
    }

    private Uni<Found> stage(UUID vacancyId, int stageOrder) {
        return vacancies.findById(vacancyId).map(vacancy -> {
            if (vacancy == null) {
                throw ProblemException.notFound("procedure", vacancyId);
            }
            Stage stage = vacancy.procedure.stage(stageOrder).orElseThrow(() -> new ProblemException(404, "not-found",
                    "stage not found", "the procedure of vacancy " + vacancyId + " has no stage " + stageOrder));
            return new Found(vacancy, stage);
        });
    }

    private static ProblemException closed(Stage stage) {
        return ProblemException.conflict("stage-closed", stage.displayName() + " is closed; its scores are final");
    }

    private static ProblemException notAJuror(Caller caller, UUID vacancyId, int stageOrder) {
        return new ProblemException(403, "not-assigned", "Not assigned to this stage",
                caller.subject() + " is not a member of the jury of stage " + stageOrder + " of procedure " + vacancyId);
    }
}
