package org.werving.reserve.messaging;

import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.model.EntryState;

import java.util.UUID;

/** OfferDeclined (werving.reserve.events), keyed by entry id: a laureate declined an offer. */
public record OfferDeclined(UUID entryId, UUID reserveId, UUID vacancyId, UUID applicationId, AppointmentKind kind,
        int declines, EntryState entryState) {
}
