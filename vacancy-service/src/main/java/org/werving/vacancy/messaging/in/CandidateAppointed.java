package org.werving.vacancy.messaging.in;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The fields of reserve-service's CandidateAppointed that this service reads (docs/events.md); the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateAppointed(UUID appointmentId, UUID vacancyId, String kind) {
    public static final String TYPE = "CandidateAppointed";

    /** A permanent appointment fills a seat; a temporary replacement does not. */
    public boolean permanent() {
        return "PERMANENT".equals(kind);
    }
}
