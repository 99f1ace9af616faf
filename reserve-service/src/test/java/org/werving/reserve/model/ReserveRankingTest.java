package org.werving.reserve.model;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReserveRankingTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2027, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);

    private static ReserveEntry entry(String name, ReserveType type, double score, int minute) {
        ReserveEntry e = new ReserveEntry();
        e.id = UUID.nameUUIDFromBytes(name.getBytes());
        e.applicationId = UUID.randomUUID();
        e.reserveType = type;
        e.finalScore = score;
        e.createdAt = T0.plusMinutes(minute);
        e.state = EntryState.ACTIVE;
        return e;
    }

    private static List<String> order(List<ReserveRanking.Ranked> ranked, List<ReserveEntry> all) {
        return ranked.stream().map(r -> all.stream().filter(e -> e == r.entry()).findFirst().orElseThrow())
                .map(e -> e.reserveType + ":" + e.finalScore).toList();
    }

    @Test
    void recruitmentReserveFirstThenPromotionEachByScoreDescending() {
        List<ReserveEntry> all = List.of(
                entry("p65", ReserveType.PROMOTION, 65, 0),
                entry("r72", ReserveType.RECRUITMENT, 72, 1),
                entry("p91", ReserveType.PROMOTION, 91, 2),
                entry("r88", ReserveType.RECRUITMENT, 88, 3),
                entry("r60", ReserveType.RECRUITMENT, 60, 4));
        List<ReserveRanking.Ranked> ranked = ReserveRanking.rank(all);
        assertEquals(List.of("RECRUITMENT:88.0", "RECRUITMENT:72.0", "RECRUITMENT:60.0", "PROMOTION:91.0", "PROMOTION:65.0"),
                order(ranked, all));
        assertEquals(List.of(1, 2, 3, 1, 2), ranked.stream().map(ReserveRanking.Ranked::rank).toList());
    }

    @Test
    void equalScoresKeepTheOrderOfCreation() {
        ReserveEntry later = entry("a-later", ReserveType.RECRUITMENT, 75, 10);
        ReserveEntry earlier = entry("z-earlier", ReserveType.RECRUITMENT, 75, 5);
        ReserveEntry best = entry("best", ReserveType.RECRUITMENT, 75.5, 20);
        List<ReserveRanking.Ranked> ranked = ReserveRanking.rank(List.of(later, earlier, best));
        assertEquals(List.of(best, earlier, later), ranked.stream().map(ReserveRanking.Ranked::entry).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(ReserveRanking.Ranked::rank).toList());
    }

    @Test
    void theProceduresFinalRankingBreaksTiesBeforeTheOrderOfCreation() {
        ReserveEntry first = entry("first", ReserveType.RECRUITMENT, 80, 0);
        ReserveEntry second = entry("second", ReserveType.RECRUITMENT, 80, 5);
        first.procedureRank = 4;
        second.procedureRank = 3;
        ReserveEntry unranked = entry("unranked", ReserveType.RECRUITMENT, 80, -5);
        assertEquals(List.of(second, first, unranked), ReserveRanking.rank(List.of(first, unranked, second)).stream()
                .map(ReserveRanking.Ranked::entry).toList());
    }

    @Test
    void sameScoreAndSameInstantStillHaveATotalOrder() {
        ReserveEntry a = entry("a", ReserveType.PROMOTION, 70, 0);
        ReserveEntry b = entry("b", ReserveType.PROMOTION, 70, 0);
        assertEquals(ReserveRanking.rank(List.of(a, b)).stream().map(ReserveRanking.Ranked::entry).toList(),
                ReserveRanking.rank(List.of(b, a)).stream().map(ReserveRanking.Ranked::entry).toList());
    }

    @Test
    void anEmptyReserveHasNoRanks() {
        assertTrue(ReserveRanking.rank(List.of()).isEmpty());
    }
}
