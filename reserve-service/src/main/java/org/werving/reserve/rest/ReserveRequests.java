package org.werving.reserve.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.werving.reserve.model.AppointmentKind;

import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the reserve API. */
public final class ReserveRequests {
    private ReserveRequests() {
    }

    /** End a reserve early, by the decision with this reference and date, with a written motivation. */
    public record EndingRequest(@NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 100) String decisionReference, @NotNull LocalDate decisionDate) {
    }

    /** Extend a reserve until {@code validUntil} (inclusive) by the decision with this reference and date. */
    public record ExtensionRequest(@NotBlank @Size(max = 100) String decisionReference, @NotNull LocalDate decisionDate,
            @NotNull LocalDate validUntil) {
    }

    /**
     * Appoint a laureate: PERMANENT (indefinite) or TEMPORARY (a replacement: {@code reason} and
     * {@code endDate} required).
     */
    public record AppointmentRequest(@NotNull UUID entryId, @NotNull AppointmentKind kind,
            @NotBlank @Size(max = 200) String team, @NotNull LocalDate startDate, LocalDate endDate,
            @Size(max = 300) String reason) {
    }

    /** A laureate declined an offer of this kind. */
    public record DeclineRequest(@NotNull UUID entryId, @NotNull AppointmentKind kind, @Size(max = 300) String reason) {
    }
}
