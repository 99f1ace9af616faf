package org.werving.reserve.messaging.out;

import org.werving.reserve.model.Appointment;
import org.werving.reserve.model.AppointmentKind;

import java.time.LocalDate;
import java.util.UUID;

/** CandidateAppointed (werving.reserve.events), keyed by entry id. */
public record CandidateAppointed(UUID appointmentId, UUID vacancyId, UUID applicationId, UUID entryId, UUID reserveId,
        AppointmentKind kind, String team, LocalDate startDate, LocalDate endDate, String reason) {

    public static CandidateAppointed of(Appointment a, UUID reserveId) {
        return new CandidateAppointed(a.id, a.vacancyId, a.applicationId, a.entryId, reserveId, a.kind, a.team, a.startDate,
                a.endDate, a.reason);
    }
}
