package org.werving.reserve.model;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a vacancy's reserves: by reserve type (recruitment reserve first, then promotion
 * reserve), within a type by final score, highest first; {@code rank} counts from 1 within each
 * reserve type.
 * <p>
 * Equal final scores: the procedure's own tie rule, as its final ranking (SelectionCompleted) states it
 * ({@code procedureRank}); without that ranking (not received yet) the entry created first, and then
 * the entry id, so the order is always total.
 */
public final class ReserveRanking {
    public static final Comparator<ReserveEntry> ORDER = Comparator
            .comparing((ReserveEntry e) -> e.reserveType)
            .thenComparing(Comparator.comparingDouble((ReserveEntry e) -> e.finalScore).reversed())
            // the procedure's tie rule, see the class comment
            .thenComparing(e -> e.procedureRank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.createdAt)
            .thenComparing(e -> e.id);

    private ReserveRanking() {
    }

    public record Ranked(ReserveEntry entry, int rank) {
    }

    public static List<Ranked> rank(List<ReserveEntry> entries) {
        List<ReserveEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        Map<ReserveType, Integer> counters = new EnumMap<>(ReserveType.class);
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (ReserveEntry entry : sorted) {
            int rank = counters.merge(entry.reserveType, 1, Integer::sum);
            ranked.add(new Ranked(entry, rank));
        }
        return ranked;
    }
}
