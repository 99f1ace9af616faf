package org.werving.reserve.messaging;

import org.werving.reserve.model.AppointmentKind;

import java.time.LocalDate;
import java.util.UUID;

/** CandidateAppointed (werving.reserve.events), keyed by entry id. */
public record CandidateAppointed(UUID appointmentId, UUID vacancyId, UUID applicationId, UUID entryId, UUID reserveId,
        AppointmentKind kind, String team, LocalDate startDate, LocalDate endDate, String reason) {
}
