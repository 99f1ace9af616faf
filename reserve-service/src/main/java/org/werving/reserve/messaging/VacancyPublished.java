package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The fields of VacancyPublished (werving.vacancy.events) this service keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VacancyPublished(UUID id, String reference, String title, String level, String directorate,
        Integer reserveValidityMonths, ReservePlan reservePlan, Admission admission, List<Stage> stages,
        OffsetDateTime publishedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReservePlan(Integer validityMonths, Boolean extendable) {
    }

    /** The admission alternatives, by label only (the dashboard's admission routes). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Admission(List<Alternative> external, List<Alternative> internal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alternative(String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stage(Integer order, String name) {
    }

    /** Extendable unless the reserve plan says {@code extendable: false}. */
    public boolean extendable() {
        return reservePlan == null || reservePlan.extendable() == null || reservePlan.extendable();
    }

    /** {@code reserveValidityMonths}, or else the reserve plan's {@code validityMonths}; null when neither says. */
    public Integer validityMonths() {
        if (reserveValidityMonths != null) {
            return reserveValidityMonths;
        }
        return reservePlan == null ? null : reservePlan.validityMonths();
    }
}
