package org.werving.reserve.messaging.out;

import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ReserveEntry;

import java.util.UUID;

/** OfferDeclined (werving.reserve.events), keyed by entry id: a laureate declined an offer. */
public record OfferDeclined(UUID entryId, UUID reserveId, UUID vacancyId, UUID applicationId, AppointmentKind kind,
        int declines, EntryState entryState) {

    public static OfferDeclined of(ReserveEntry entry, UUID reserveId, AppointmentKind kind) {
        return new OfferDeclined(entry.id, reserveId, entry.vacancyId, entry.applicationId, kind, entry.declines, entry.state);
    }
}
