package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.Decision;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.model.JuryMember;
import org.werving.selection.model.MemberScore;
import org.werving.selection.model.ProcedureAudit;
import org.werving.selection.model.SlotBooking;
import org.werving.selection.model.StageClosure;
import org.werving.selection.model.StageScore;
import org.werving.selection.model.TimeSlot;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every custom query of selection-service's repositories against the real PostgreSQL, at its edges: empty
 * results (including the empty id list that never reaches the database), ties in the sort key broken by the
 * documented second key, other vacancies/stages/members left out, the seat of a slot taken to its capacity
 * and no further, a slot starting exactly now not bookable.
 */
@QuarkusTest
class RepositoryQueriesTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    CandidacyRepository candidacies;
    @Inject
    DecisionRepository decisions;
    @Inject
    JuryMemberRepository jury;
    @Inject
    MemberScoreRepository memberScores;
    @Inject
    ProcedureAuditRepository audit;
    @Inject
    SlotBookingRepository bookings;
    @Inject
    StageClosureRepository closures;
    @Inject
    StageScoreRepository stageScores;
    @Inject
    TimeSlotRepository slots;

    private static <T> T tx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids in ascending order, as PostgreSQL sorts uuids (byte-wise, as their text). */
    private static List<UUID> sortedIds(int n) {
        return Stream.generate(UUID::randomUUID).limit(n).sorted(Comparator.comparing(UUID::toString)).toList();
    }

    private static Candidacy candidacy(UUID id, UUID vacancyId, CandidacyStatus status, OffsetDateTime receivedAt) {
        Candidacy c = new Candidacy();
        c.applicationId = id;
        c.vacancyId = vacancyId;
        c.facts = new CandidateFacts("B", 0, null, null, null, null, null, null, null, null, null, null);
        c.appliedAt = receivedAt;
        c.status = status;
        c.receivedAt = receivedAt;
        c.updatedAt = receivedAt;
        return c;
    }

    private List<UUID> ids(List<Candidacy> list) {
        return list.stream().map(c -> c.applicationId).toList();
    }

    @Test
    void candidaciesOfAVacancyInArrivalOrderTiesByIdAndOnlyThoseAwaitingTheVacancy() {
        UUID vacancy = UUID.randomUUID();
        List<UUID> id = sortedIds(3);
        // the last one arrived first; the other two arrived at the same instant: their ids decide
        tx(() -> candidacies.persist(candidacy(id.get(2), vacancy, CandidacyStatus.AWAITING_VACANCY, T0.minusHours(1)),
                candidacy(id.get(1), vacancy, CandidacyStatus.IN_STAGE, T0),
                candidacy(id.get(0), vacancy, CandidacyStatus.AWAITING_VACANCY, T0),
                candidacy(UUID.randomUUID(), UUID.randomUUID(), CandidacyStatus.AWAITING_VACANCY, T0)));
        assertEquals(List.of(id.get(2), id.get(0), id.get(1)), ids(tx(() -> candidacies.listByVacancy(vacancy))));
        assertEquals(List.of(id.get(2), id.get(0)), ids(tx(() -> candidacies.awaitingVacancy(vacancy))));
        assertEquals(List.of(), tx(() -> candidacies.listByVacancy(UUID.randomUUID())));
        assertEquals(List.of(), tx(() -> candidacies.awaitingVacancy(UUID.randomUUID())));
    }

    private static Decision decision(UUID applicationId, String motivation) {
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.applicationId = applicationId;
        d.at = T0; // the same instant: the order written (seq) decides
        d.kind = DecisionKind.SCREENING_PASSED;
        d.status = CandidacyStatus.IN_STAGE;
        d.motivation = motivation;
        d.decidedBy = "system";
        return d;
    }

    @Test
    void decisionsInTheOrderTheyWereTakenAndAnEmptyListWithoutAQuery() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID vacancy = UUID.randomUUID();
        tx(() -> candidacies.persist(candidacy(a, vacancy, CandidacyStatus.IN_STAGE, T0),
                candidacy(b, vacancy, CandidacyStatus.IN_STAGE, T0)));
        for (String m : List.of("a1", "b1", "a2", "a3")) {
            tx(() -> decisions.persist(decision(m.startsWith("a") ? a : b, m)));
        }
        assertEquals(List.of("a1", "a2", "a3"), tx(() -> decisions.forApplication(a)).stream().map(d -> d.motivation)
                .toList());
        assertEquals(List.of("a1", "b1", "a2", "a3"), tx(() -> decisions.forApplications(List.of(b, a))).stream()
                .map(d -> d.motivation).toList());
        assertEquals(List.of(), tx(() -> decisions.forApplications(List.of())));
        assertEquals(List.of(), tx(() -> decisions.forApplication(UUID.randomUUID())));
    }

    private static JuryMember member(UUID vacancy, int stage, String subject) {
        JuryMember m = new JuryMember();
        m.id = UUID.randomUUID();
        m.vacancyId = vacancy;
        m.stageOrder = stage;
        m.subject = subject;
        m.assignedBy = "hr.test";
        m.assignedAt = T0;
        return m;
    }

    @Test
    void juryOfAStageByNameMembershipPerStageAndReplacingOneStageOnly() {
        UUID vacancy = UUID.randomUUID();
        tx(() -> jury.persist(member(vacancy, 2, "zeno"), member(vacancy, 1, "mira"), member(vacancy, 1, "anna"),
                member(UUID.randomUUID(), 1, "bert")));
        assertEquals(List.of("anna", "mira"), tx(() -> jury.ofStage(vacancy, 1)).stream().map(m -> m.subject).toList());
        assertEquals(List.of("anna", "mira", "zeno"), tx(() -> jury.ofProcedure(vacancy)).stream()
                .map(m -> m.subject).toList());
        assertTrue(tx(() -> jury.isMember(vacancy, 1, "anna")));
        assertFalse(tx(() -> jury.isMember(vacancy, 2, "anna")), "a member of stage 1 only");
        assertFalse(tx(() -> jury.isMember(vacancy, 1, "bert")), "a member of another procedure");
        assertFalse(tx(() -> jury.isMember(vacancy, 1, "Anna")), "subjects are compared exactly");
        assertTrue(tx(() -> jury.isMemberOfProcedure(vacancy, "zeno")), "a member of stage 2");
        assertFalse(tx(() -> jury.isMemberOfProcedure(vacancy, "bert")), "a member of another procedure only");
        assertFalse(tx(() -> jury.isMemberOfProcedure(UUID.randomUUID(), "anna")));
        assertEquals(2L, tx(() -> jury.deleteStage(vacancy, 1)));
        assertEquals(List.of(), tx(() -> jury.ofStage(vacancy, 1)));
        assertEquals(List.of("zeno"), tx(() -> jury.ofProcedure(vacancy)).stream().map(m -> m.subject).toList());
        assertEquals(0L, tx(() -> jury.deleteStage(vacancy, 1)));
    }

    private static MemberScore score(UUID application, UUID vacancy, int stage, String member, String component,
            String competency) {
        MemberScore s = new MemberScore();
        s.id = UUID.randomUUID();
        s.applicationId = application;
        s.vacancyId = vacancy;
        s.stageOrder = stage;
        s.member = member;
        s.component = component;
        s.competency = competency;
        s.score = BigDecimal.TEN;
        s.recordedBy = member;
        s.scoredAt = T0;
        return s;
    }

    private static List<String> cells(List<MemberScore> scores) {
        return scores.stream().map(s -> s.stageOrder + ":" + s.member + ":" + s.component + ":" + s.competency).toList();
    }

    @Test
    void memberScoresByCandidateMemberAndCellPerStageProcedureAndMember() {
        UUID vacancy = UUID.randomUUID();
        List<UUID> id = sortedIds(2);
        tx(() -> candidacies.persist(candidacy(id.get(0), vacancy, CandidacyStatus.IN_STAGE, T0),
                candidacy(id.get(1), vacancy, CandidacyStatus.IN_STAGE, T0)));
        tx(() -> memberScores.persist(score(id.get(1), vacancy, 1, "anna", "Case", "Analyse"),
                score(id.get(0), vacancy, 1, "mira", "Case", "Analyse"),
                score(id.get(0), vacancy, 1, "anna", "Jurygesprek", null),
                score(id.get(0), vacancy, 1, "anna", "Case", "Samenwerken"),
                score(id.get(0), vacancy, 1, "anna", "Case", "Analyse"),
                score(id.get(0), vacancy, 2, "anna", "Case", "Analyse")));
        assertEquals(List.of("1:anna:Case:Analyse", "1:anna:Case:Samenwerken", "1:anna:Jurygesprek:null",
                "1:mira:Case:Analyse", "1:anna:Case:Analyse"), cells(tx(() -> memberScores.ofStage(vacancy, 1))));
        assertEquals(6, tx(() -> memberScores.ofProcedure(vacancy)).size());
        assertEquals("2:anna:Case:Analyse", cells(tx(() -> memberScores.ofProcedure(vacancy))).get(5),
                "stage 2 after every score of stage 1");
        assertEquals(List.of("1:anna:Case:Analyse", "1:anna:Case:Samenwerken", "1:anna:Jurygesprek:null"),
                cells(tx(() -> memberScores.ofMember(id.get(0), 1, "anna"))));
        assertEquals(List.of(), tx(() -> memberScores.ofMember(id.get(0), 1, "zeno")));
        assertEquals(List.of(), tx(() -> memberScores.ofStage(vacancy, 3)));
    }

    @Test
    void auditLinesInWriteOrderAndClosuresByStage() {
        UUID vacancy = UUID.randomUUID();
        for (String action : List.of("JURY_ASSIGNED", "SCORE_RECORDED", "STAGE_CLOSED")) {
            tx(() -> {
                ProcedureAudit line = new ProcedureAudit();
                line.id = UUID.randomUUID();
                line.vacancyId = vacancy;
                line.action = action;
                line.actor = "hr.test";
                line.at = T0; // the same instant: the order written decides
                line.detail = action.toLowerCase();
                return audit.persist(line);
            });
        }
        assertEquals(List.of("JURY_ASSIGNED", "SCORE_RECORDED", "STAGE_CLOSED"),
                tx(() -> audit.ofProcedure(vacancy)).stream().map(l -> l.action).toList());
        assertEquals(List.of(), tx(() -> audit.ofProcedure(UUID.randomUUID())));

        assertNull(tx(() -> closures.find(vacancy, 1)));
        for (int stage : List.of(2, 1)) {
            tx(() -> {
                StageClosure closure = new StageClosure();
                closure.vacancyId = vacancy;
                closure.stageOrder = stage;
                closure.closedBy = "hr.test";
                closure.closedAt = T0;
                closure.tieRule = "INCLUDE_ALL_TIED";
                return closures.persist(closure);
            });
        }
        assertEquals(List.of(1, 2), tx(() -> closures.ofProcedure(vacancy)).stream().map(c -> c.stageOrder).toList());
        assertEquals(2, tx(() -> closures.find(vacancy, 2)).stageOrder);
        assertNull(tx(() -> closures.find(vacancy, 3)));
        assertNull(tx(() -> closures.find(UUID.randomUUID(), 1)));
    }

    private static StageScore stageScore(UUID application, int stage) {
        StageScore s = new StageScore();
        s.id = UUID.randomUUID();
        s.applicationId = application;
        s.stageOrder = stage;
        s.stageType = "SPEED_INTERVIEW";
        s.stageName = "Proef " + stage;
        s.score = new BigDecimal("60.00");
        s.passMark = 60;
        s.passed = true;
        s.scoredAt = T0;
        return s;
    }

    @Test
    void stageScoresByCandidateThenStageAndAnEmptyListWithoutAQuery() {
        UUID vacancy = UUID.randomUUID();
        List<UUID> id = sortedIds(3);
        tx(() -> candidacies.persist(candidacy(id.get(0), vacancy, CandidacyStatus.IN_STAGE, T0),
                candidacy(id.get(1), vacancy, CandidacyStatus.IN_STAGE, T0),
                candidacy(id.get(2), vacancy, CandidacyStatus.IN_STAGE, T0)));
        tx(() -> stageScores.persist(stageScore(id.get(1), 2), stageScore(id.get(0), 2), stageScore(id.get(1), 1),
                stageScore(id.get(0), 1)));
        assertEquals(List.of(1, 2), tx(() -> stageScores.forApplication(id.get(0))).stream().map(s -> s.stageOrder)
                .toList());
        assertEquals(List.of(id.get(0) + ":1", id.get(0) + ":2", id.get(1) + ":1", id.get(1) + ":2"),
                tx(() -> stageScores.forApplications(Set.of(id.get(1), id.get(0), id.get(2)))).stream()
                        .map(s -> s.applicationId + ":" + s.stageOrder).toList());
        assertEquals(List.of(), tx(() -> stageScores.forApplications(List.of())));
        assertEquals(List.of(), tx(() -> stageScores.forApplication(id.get(2))));
        // the scale of the column (60.00) comes back as stored; the views make it plain
        assertEquals(new BigDecimal("60.00"), tx(() -> stageScores.forApplication(id.get(0))).get(0).score);
    }

    private static TimeSlot slot(UUID id, UUID vacancy, int stage, OffsetDateTime startsAt, int capacity, int booked) {
        TimeSlot s = new TimeSlot();
        s.id = id;
        s.vacancyId = vacancy;
        s.stageOrder = stage;
        s.startsAt = startsAt;
        s.durationMinutes = 15;
        s.meetingLink = "https://teams.example/" + id;
        s.capacity = capacity;
        s.booked = booked;
        s.createdBy = "hr.test";
        s.createdAt = T0;
        return s;
    }

    @Test
    void slotsInTimeOrderBookableOnlyWhenLaterThanNowWithASeatAndSeatsNeverBeyondCapacity() {
        UUID vacancy = UUID.randomUUID();
        List<UUID> id = sortedIds(5);
        OffsetDateTime now = T0;
        tx(() -> slots.persist(slot(id.get(4), vacancy, 1, now.plusHours(2), 2, 0),
                slot(id.get(1), vacancy, 1, now.plusHours(1), 1, 0),
                slot(id.get(0), vacancy, 1, now.plusHours(1), 3, 3), // full
                slot(id.get(2), vacancy, 1, now, 3, 0), // starts exactly now: no longer bookable
                slot(id.get(3), vacancy, 2, now.plusHours(1), 3, 0))); // another stage
        assertEquals(List.of(id.get(2), id.get(0), id.get(1), id.get(4)),
                tx(() -> slots.ofStage(vacancy, 1)).stream().map(s -> s.id).toList());
        assertEquals(List.of(id.get(1), id.get(4)), tx(() -> slots.bookable(vacancy, 1, now)).stream()
                .map(s -> s.id).toList());
        assertEquals(List.of(), tx(() -> slots.bookable(vacancy, 1, now.plusHours(2))), "the last one starts then");
        assertEquals(List.of(), tx(() -> slots.ofStage(vacancy, 9)));

        // one seat: taken once, then refused; given back once, then nothing to give back
        assertTrue(tx(() -> slots.takeSeat(id.get(1))));
        assertFalse(tx(() -> slots.takeSeat(id.get(1))));
        assertEquals(List.of(id.get(4)), tx(() -> slots.bookable(vacancy, 1, now)).stream().map(s -> s.id).toList());
        assertTrue(tx(() -> slots.freeSeat(id.get(1))));
        assertFalse(tx(() -> slots.freeSeat(id.get(1))));
        assertFalse(tx(() -> slots.takeSeat(UUID.randomUUID())), "an unknown slot takes no seat");

        UUID application = UUID.randomUUID();
        tx(() -> candidacies.persist(candidacy(application, vacancy, CandidacyStatus.IN_STAGE, T0)));
        assertNull(tx(() -> bookings.of(application, 1)));
        tx(() -> {
            SlotBooking booking = new SlotBooking();
            booking.id = UUID.randomUUID();
            booking.slotId = id.get(4);
            booking.applicationId = application;
            booking.stageOrder = 1;
            booking.bookedBy = "hr.test";
            booking.bookedAt = T0;
            return bookings.persist(booking);
        });
        assertEquals(id.get(4), tx(() -> bookings.of(application, 1)).slotId);
        assertNull(tx(() -> bookings.of(application, 2)), "a booking is per stage");
    }
}
