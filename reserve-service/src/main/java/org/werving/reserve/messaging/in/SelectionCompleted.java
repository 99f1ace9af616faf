package org.werving.reserve.messaging.in;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * SelectionCompleted (werving.selection.events, keyed by vacancy id): the procedure closed, with its
 * final ranking. The close starts the reserves' validity; the ranking carries the tie rule.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelectionCompleted(UUID vacancyId, String tieRule, OffsetDateTime completedAt, List<Laureate> laureates) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Laureate(UUID applicationId, Integer rank, Double finalScore, Boolean internal, String reserveType) {
    }
}
