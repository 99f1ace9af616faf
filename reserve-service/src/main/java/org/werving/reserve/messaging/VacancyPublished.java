package org.werving.reserve.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The fields of VacancyPublished (werving.vacancy.events) this service keeps; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VacancyPublished(UUID id, String title, String level, String directorate, Integer reserveValidityMonths,
        ReservePlan reservePlan, OffsetDateTime publishedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReservePlan(Integer validityMonths, Boolean extendable) {
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
