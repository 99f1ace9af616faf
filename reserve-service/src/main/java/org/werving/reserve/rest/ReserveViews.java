package org.werving.reserve.rest;

import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.model.ReserveState;
import org.werving.reserve.model.ReserveType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the reserve API returns (never entities). */
public final class ReserveViews {
    private ReserveViews() {
    }

    /** An active reserve in HR's overview; title, level and directorate are null when the vacancy is unknown here. */
    public record ReserveSummaryView(UUID reserveId, UUID vacancyId, ReserveType reserveType, String title, String level,
            String directorate, LocalDate startsOn, LocalDate validUntil, ReserveState state, long available) {
    }

    public record ExtensionView(String decisionReference, LocalDate decisionDate, LocalDate previousValidUntil,
            LocalDate validUntil, String extendedBy, OffsetDateTime extendedAt) {
    }

    /** A reserve with its validity, extensions, the early ending (if HR ended it) and ranked entries. */
    public record ReserveView(UUID reserveId, UUID vacancyId, ReserveType reserveType, String title, String level,
            String directorate, LocalDate startsOn, LocalDate validUntil, ReserveState state, OffsetDateTime expiredAt,
            List<ExtensionView> extensions, EndingView ending, List<ReserveEntryView> entries) {
    }

    /** HR's decision that ended a reserve early: from which day, why, by whom. */
    public record EndingView(LocalDate endedOn, String reason, String decisionReference, LocalDate decisionDate,
            String endedBy, OffsetDateTime endedAt) {
    }

    public record AppointmentView(UUID appointmentId, UUID reserveId, UUID entryId, UUID vacancyId, UUID applicationId,
            AppointmentKind kind, String team, LocalDate startDate, LocalDate endDate, String reason, String appointedBy,
            OffsetDateTime appointedAt) {
    }

    /** One line of an entry's audit trail. */
    public record EntryChangeView(OffsetDateTime changedAt, String changedBy, String action, String fromState,
            String toState, String reason) {
    }
}
