package org.werving.selection.messaging.out;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Published on werving.selection.events (docs/events.md). */
public record CompetencyScore(String competency, BigDecimal score) {
    public static List<CompetencyScore> of(Map<String, BigDecimal> profile) {
        return profile.entrySet().stream().map(e -> new CompetencyScore(e.getKey(), e.getValue())).toList();
    }
}
